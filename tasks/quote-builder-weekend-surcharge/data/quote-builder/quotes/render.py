"""The plain-text estimate shown on the booking page and in the confirmation e-mail."""

from __future__ import annotations

from quotes.model import Quote
from quotes.money import format_money

WIDTH = 32


def render_text(quote: Quote) -> str:
    rows = [f"{line.label:<20}{format_money(line.amount):>12}" for line in quote.lines]
    rows.append("-" * WIDTH)
    rows.append(f"{'Estimated total':<20}{format_money(quote.total):>12}")
    return "\n".join(rows) + "\n"
