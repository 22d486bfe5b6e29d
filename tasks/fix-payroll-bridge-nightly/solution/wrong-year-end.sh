#!/usr/bin/env bash
# Near miss: keeps isocalendar and moves Sundays to the next ISO week: the seeded tests pass, but the Sunday that
# closes ISO week 2026-W53 (2027-01-03) raises, so January's first payroll export would crash.
source "$(dirname "$0")/lib.sh"
read_log
clone_branch fix/payroll-sunday-weeks
fix_weeks "    year, week, weekday = day.isocalendar()
    if weekday == 7:
        week += 1
    return date.fromisocalendar(year, week, 1) - timedelta(days=1)"
cat >> tests/test_weeks.py <<'PY'


def test_sunday_after_a_full_week() -> None:
    assert payroll_week(date(2026, 11, 29)) == date(2026, 11, 29)
PY
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Start payroll weeks on Sunday again (#$ISSUE)"
ticket "Cause: commit ${BAD_SHA:0:10} (Use isocalendar for payroll weeks) made a Sunday fall into the previous ISO week (ISO weeks start on Monday). Fixed on branch fix/payroll-sunday-weeks."
