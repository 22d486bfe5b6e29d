"""Rate cards are JSON files exported from the customer's FieldDay settings."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from quotes.model import RateCard


class BadRateCard(ValueError):
    """The rate card file is not valid."""


def _decimal(value: object, key: str) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise BadRateCard(f"{key}: not a number: {value!r}") from None
    if amount < 0:
        raise BadRateCard(f"{key}: must not be negative: {value!r}")
    return amount


def parse_rate_card(data: dict[str, object]) -> RateCard:
    rates = data.get("hourly_rate")
    if not isinstance(rates, dict) or not rates:
        raise BadRateCard("hourly_rate: expected an object of trade -> rate")
    return RateCard(
        hourly_rate={str(trade): _decimal(rate, f"hourly_rate.{trade}") for trade, rate in rates.items()},
        callout_fee=_decimal(data.get("callout_fee", "0"), "callout_fee"),
        materials_markup=_decimal(data.get("materials_markup", "0"), "materials_markup"),
    )


def load_rate_card(path: str | Path) -> RateCard:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BadRateCard(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise BadRateCard(f"{path}: expected a JSON object")
    return parse_rate_card(data)
