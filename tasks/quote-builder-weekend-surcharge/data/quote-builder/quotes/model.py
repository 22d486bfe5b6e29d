"""The data a quote is built from and the quote itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Job:
    """A job to estimate: the trade, the day of the visit, the labour hours and the cost price of materials."""

    trade: str
    visit_day: date
    labour_hours: Decimal
    materials_cost: Decimal = Decimal("0")


@dataclass(frozen=True)
class RateCard:
    """A customer company's prices: hourly rate per trade, call-out fee per visit, markup on materials
    (a fraction: 0.15 = 15 %)."""

    hourly_rate: dict[str, Decimal] = field(default_factory=dict)
    callout_fee: Decimal = Decimal("0")
    materials_markup: Decimal = Decimal("0")


@dataclass(frozen=True)
class QuoteLine:
    label: str
    amount: Decimal


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))

    def line(self, label: str) -> QuoteLine | None:
        """The line with this label, if the quote has one."""
        return next((line for line in self.lines if line.label == label), None)
