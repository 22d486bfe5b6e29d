#!/usr/bin/env bash
# Alternative: another fix (isoweekday % 7), the regression test in a new file, two commits, two ticket notes
# (the cause with the commit's subject, then the branch in backticks).
source "$(dirname "$0")/lib.sh"
read_log
clone_branch "bugfix/$ISSUE-payroll-week"
fix_weeks "    return day - timedelta(days=day.isoweekday() % 7)"
git commit -qam "Count Sundays in the payroll week they start (#$ISSUE)"
cat > tests/test_regression_sunday.py <<'PY'
from datetime import date

from bridge import TimeEntry, WeekHours, weekly_hours


def test_sunday_overtime_goes_to_the_week_it_starts() -> None:
    sunday = TimeEntry("cy", date(2026, 11, 29), 600)  # 10 h on Sunday, then 8 h Monday to Thursday
    weekdays = [TimeEntry("cy", day, 480) for day in (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2),
                                                      date(2026, 12, 3))]
    assert weekly_hours([sunday, *weekdays]) == {("cy", date(2026, 11, 29)): WeekHours(2400, 120)}
PY
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Add a regression test for Sunday overtime"
ticket "Root cause: \"Use isocalendar for payroll weeks\" (Nov 23). The ISO calendar starts weeks on Monday, so a Sunday landed in the previous week, while our payroll weeks run Sunday to Saturday."
ticket "Fixed on \`bugfix/$ISSUE-payroll-week\`, ready for review."
