from datetime import date
from decimal import Decimal

import pytest

from quotes import Job, RateCard, build_quote
from quotes.pricing import UnknownTrade

TUESDAY = date(2026, 11, 17)


def test_labour_callout_and_materials(card: RateCard) -> None:
    quote = build_quote(Job("hvac", TUESDAY, Decimal("2.5"), Decimal("120.00")), card)
    assert [(line.label, line.amount) for line in quote.lines] == [
        ("Labour", Decimal("237.50")), ("Call-out fee", Decimal("49.00")), ("Materials", Decimal("138.00"))]
    assert quote.total == Decimal("424.50")


def test_no_materials_line_without_materials(card: RateCard) -> None:
    quote = build_quote(Job("plumbing", TUESDAY, Decimal("1")), card)
    assert [line.label for line in quote.lines] == ["Labour", "Call-out fee"]
    assert quote.total == Decimal("137.00")


def test_no_callout_line_when_card_has_none() -> None:
    card = RateCard(hourly_rate={"hvac": Decimal("95")})
    quote = build_quote(Job("hvac", TUESDAY, Decimal("1")), card)
    assert [line.label for line in quote.lines] == ["Labour"]


def test_labour_rounded_half_up(card: RateCard) -> None:
    quote = build_quote(Job("plumbing", TUESDAY, Decimal("0.33125")), card)
    assert quote.line("Labour").amount == Decimal("29.15")


def test_markup_rounded_half_up(card: RateCard) -> None:
    quote = build_quote(Job("hvac", TUESDAY, Decimal("1"), Decimal("10.05")), card)
    assert quote.line("Materials").amount == Decimal("11.56")


def test_unknown_trade(card: RateCard) -> None:
    with pytest.raises(UnknownTrade):
        build_quote(Job("landscaping", TUESDAY, Decimal("1")), card)
