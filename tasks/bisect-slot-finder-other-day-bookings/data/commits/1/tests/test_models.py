from datetime import date

import pytest

from dispatch_core.models import Job, weekly_shifts
from dispatch_core.timeutil import Interval


def test_weekly_shifts_range() -> None:
    assert sorted(weekly_shifts("08:00-16:00")) == ["fri", "mon", "thu", "tue", "wed"]


def test_weekly_shifts_list_and_ranges() -> None:
    shifts = weekly_shifts("07:00-12:00", "mon,wed,fri")
    assert sorted(shifts) == ["fri", "mon", "wed"]
    assert shifts["wed"] == Interval.parse("07:00-12:00")
    assert sorted(weekly_shifts("08:00-16:00", "mon-tue, sat")) == ["mon", "sat", "tue"]


def test_unknown_weekday_is_refused() -> None:
    with pytest.raises(ValueError):
        weekly_shifts("08:00-16:00", "mon,funday")


def test_job_priority_range() -> None:
    with pytest.raises(ValueError):
        Job("j-1", "hvac", 60, priority=0)
    assert Job("j-2", "hvac", 60, priority=5).priority == 5
    assert date(2026, 11, 16).weekday() == 0
