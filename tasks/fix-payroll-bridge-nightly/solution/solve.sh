#!/usr/bin/env bash
# Reference solution: read the log (files), find the commit that changed bridge/ since the last green nightly (git),
# restore Sunday-to-Saturday weeks with a regression test on a branch, and put the cause on Marcus's ticket.
source "$(dirname "$0")/lib.sh"
read_log
clone_branch fix/payroll-sunday-weeks
fix_weeks "    return day - timedelta(days=(day.weekday() + 1) % 7)"
regression_test tests/test_weeks.py
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Start payroll weeks on Sunday again (#$ISSUE)"
ticket "Cause: commit ${BAD_SHA:0:10} (\"Use isocalendar for payroll weeks\", Tomas, 2026-11-23) made payroll_week() use ISO weeks, which start on Monday, so every Sunday was counted in the week before instead of starting a new payroll week (the README and both red tests say Sunday to Saturday). The code was wrong, not the tests.
Fix on branch fix/payroll-sunday-weeks: payroll_week() back to the weekday arithmetic, plus a regression test across the year end (Sunday 2027-01-03 starts a week). All 15 tests pass."
