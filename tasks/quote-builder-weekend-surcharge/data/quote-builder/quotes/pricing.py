"""Building a quote from a job and a rate card."""

from __future__ import annotations

from decimal import Decimal

from quotes.model import Job, Quote, QuoteLine, RateCard
from quotes.money import round_cents


class UnknownTrade(ValueError):
    """The rate card has no hourly rate for the job's trade."""


def labour_amount(job: Job, card: RateCard) -> Decimal:
    try:
        rate = card.hourly_rate[job.trade]
    except KeyError:
        raise UnknownTrade(f"no hourly rate for trade {job.trade!r}") from None
    return round_cents(rate * job.labour_hours)


def materials_amount(job: Job, card: RateCard) -> Decimal:
    return round_cents(job.materials_cost * (1 + card.materials_markup))


def build_quote(job: Job, card: RateCard) -> Quote:
    """Labour, then the call-out fee (when the card has one), then materials (when there are any)."""
    lines = [QuoteLine("Labour", labour_amount(job, card))]
    if card.callout_fee:
        lines.append(QuoteLine("Call-out fee", round_cents(card.callout_fee)))
    if job.materials_cost:
        lines.append(QuoteLine("Materials", materials_amount(job, card)))
    return Quote(tuple(lines))
