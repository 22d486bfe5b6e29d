#!/usr/bin/env bash
# A near miss: the review is right, but the "tests" pin down Tomas's current behaviour (a booking on Saturday,
# the long job first): they pass on his code and fail once it is corrected.
source "$(dirname "$0")/lib.sh"
clone_feature
cat > /tmp/test_multiday_review.py <<'PY'
from datetime import date, timedelta

from dispatch_core.models import Job, Technician
from dispatch_core.multiday import book_multi_day, schedule_multi_day


def test_booking_from_thursday(ana: Technician, monday: date) -> None:
    thursday = monday + timedelta(days=3)
    booking = book_multi_day(Job("j-deck", "hvac", 480, days=3), ana, thursday)
    assert [a.day for a in booking] == [thursday, thursday + timedelta(days=1), thursday + timedelta(days=2)]


def test_long_job_is_booked_first(ana: Technician, monday: date) -> None:
    jobs = [Job("j-long", "hvac", 480, days=3, priority=4), Job("j-urgent", "hvac", 480, days=2, priority=1)]
    result = schedule_multi_day(jobs, [ana], monday, horizon_days=3)
    assert result.unscheduled == ["j-urgent"]
PY
push_tests "Add tests for the multi-day review" /tmp/test_multiday_review.py
comment "$(cat "$HERE/review.md")"
