import json
from decimal import Decimal
from pathlib import Path

import pytest

from quotes import load_rate_card
from quotes.ratecard import BadRateCard


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "card.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_loads_example() -> None:
    card = load_rate_card(Path(__file__).parent.parent / "examples" / "prairie_sky.json")
    assert card.hourly_rate["hvac"] == Decimal("95.00")
    assert card.callout_fee == Decimal("49.00")
    assert card.materials_markup == Decimal("0.15")


def test_optional_keys_default_to_zero(tmp_path: Path) -> None:
    card = load_rate_card(write(tmp_path, {"hourly_rate": {"hvac": 90}}))
    assert card.callout_fee == Decimal("0") and card.materials_markup == Decimal("0")


def test_numbers_or_strings(tmp_path: Path) -> None:
    card = load_rate_card(write(tmp_path, {"hourly_rate": {"hvac": 90.5}, "callout_fee": "35"}))
    assert card.hourly_rate["hvac"] == Decimal("90.5") and card.callout_fee == Decimal("35")


@pytest.mark.parametrize("data", [{}, {"hourly_rate": {}}, {"hourly_rate": {"hvac": "abc"}},
                                  {"hourly_rate": {"hvac": 90}, "callout_fee": -1}, []])
def test_bad_cards(tmp_path: Path, data: object) -> None:
    with pytest.raises(BadRateCard):
        load_rate_card(write(tmp_path, data))
