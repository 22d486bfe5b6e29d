"""Money helpers: every amount on a quote is a Decimal rounded to cents, half up."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def round_cents(amount: Decimal) -> Decimal:
    """``amount`` rounded to cents, half up (0.125 -> 0.13)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal) -> str:
    """``1234.5`` -> ``$1,234.50``."""
    return f"${amount:,.2f}"
