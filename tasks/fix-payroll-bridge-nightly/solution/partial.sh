#!/usr/bin/env bash
# Partial: the right fix and a regression test on a branch; Marcus's ticket never updated.
source "$(dirname "$0")/lib.sh"
read_log
clone_branch fix/payroll-sunday-weeks
fix_weeks "    return day - timedelta(days=(day.weekday() + 1) % 7)"
regression_test tests/test_weeks.py
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Start payroll weeks on Sunday again (#$ISSUE)"
