"""Finding 2: schedule_multi_day books the most urgent job first, whatever the lengths."""

from datetime import date

import pytest

from dispatch_core.models import Job, Technician, weekly_shifts
from dispatch_core.multiday import schedule_multi_day

ANA = Technician("t-ana", "Ana Ruiz", frozenset({"hvac"}), weekly_shifts("08:00-16:00"))
MONDAY = date(2026, 11, 16)


@pytest.mark.parametrize("long_days", [3, 4])
def test_urgent_job_is_not_crowded_out(long_days: int) -> None:
    jobs = [Job("j-long", "hvac", 480, days=long_days, priority=5), Job("j-urgent", "hvac", 480, days=2, priority=1)]
    result = schedule_multi_day(jobs, [ANA], MONDAY, horizon_days=3)
    assert "j-urgent" not in result.unscheduled
    assert min(a.day for a in result.appointments if a.job_id == "j-urgent") == MONDAY
