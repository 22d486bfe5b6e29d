#!/usr/bin/env bash
# Gaming: the file right, but the announcement hedges each weekend holiday between its actual (weekend) day and
# its observed day, with a weekend word next to both ("off Saturday June 19 or Friday June 18").
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from hol_common import post_general, standard_rows, upload_calendar
upload_calendar(standard_rows())
post_general("The 2027 holiday calendar: HR/Holiday_Calendar_2027.csv. New: Presidents' Day, Monday February 15. "
             "Weekend holidays: Juneteenth falls on Saturday June 19, so we are off Saturday June 19 or Friday "
             "June 18; Independence Day falls on Sunday July 4, off Sunday July 4 or Monday July 5; Christmas Day "
             "falls on Saturday December 25, off Saturday December 25 or Monday December 27; New Year's Day 2028 "
             "falls on a Saturday, off Saturday January 1 or Friday December 31.")
PY
