#!/usr/bin/env bash
# Near miss: moves Christmas (a Saturday) to Friday Dec 24 without noticing that Christmas Eve is already there,
# so December 27 becomes a plain closure day, and announces Christmas as observed on Friday December 24.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from hol_common import closure_days, observed, post_general, upload_calendar
hol = observed(skip_taken=False)
rows = [[d.isoformat(), d.strftime("%A"), n if d == a else f"{n} (observed)", "company holiday", "yes"] for d, n, a in hol]
rows += [[d.isoformat(), d.strftime("%A"), "Year-end closure", "office closure (no PTO needed)", "yes"]
         for d in closure_days({d for d, _, _ in hol})]
upload_calendar(sorted(rows))
post_general("The 2027 holiday calendar is at HR/Holiday_Calendar_2027.csv. New: Presidents' Day (Monday Feb 15). "
             "Observed on another day because of the weekend: Juneteenth on Fri Jun 18, Independence Day on Mon Jul 5, "
             "Christmas Day on Fri Dec 24, New Year's Day 2028 on Fri Dec 31.")
PY
