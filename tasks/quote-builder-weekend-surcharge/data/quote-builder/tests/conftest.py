from decimal import Decimal

import pytest

from quotes import RateCard


@pytest.fixture
def card() -> RateCard:
    return RateCard(hourly_rate={"hvac": Decimal("95.00"), "plumbing": Decimal("88.00")},
                    callout_fee=Decimal("49.00"), materials_markup=Decimal("0.15"))
