from datetime import date
from decimal import Decimal

from quotes import Job, RateCard, build_quote, render_text


def test_render(card: RateCard) -> None:
    text = render_text(build_quote(Job("hvac", date(2026, 11, 17), Decimal("2.5"), Decimal("120.00")), card))
    assert text.splitlines() == [
        "Labour                   $237.50",
        "Call-out fee              $49.00",
        "Materials                $138.00",
        "--------------------------------",
        "Estimated total          $424.50",
    ]
