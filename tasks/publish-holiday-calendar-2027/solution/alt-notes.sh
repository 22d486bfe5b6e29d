#!/usr/bin/env bash
# Another correct way: every field quoted with CRLF line ends, the moved holidays' names say why ("Juneteenth
# (observed; June 19 is a Saturday)"), MLK as "Birthday of Martin Luther King, Jr."; the announcement is a bullet
# list with US numeric dates and weekdays, and explains Christmas with both the Saturday and Christmas Eve.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
import csv
from hol_common import closure_days, observed, post_general, upload_calendar

WHY = {"Juneteenth": "June 19 is a Saturday", "Independence Day": "July 4 is a Sunday",
       "Christmas Day": "Dec 25 is a Saturday and Friday the 24th is already a holiday",
       "New Year's Day": "January 1, 2028 is a Saturday"}
hol = observed()
rows = []
for d, name, actual in hol:
    label = "Birthday of Martin Luther King, Jr." if name.startswith("Martin") else name
    if d != actual:
        label = f"{name} (observed; {WHY[name]})"
    rows.append([d.isoformat(), d.strftime("%A"), label, "company holiday", "yes"])
rows += [[d.isoformat(), d.strftime("%A"), "Year-end closure", "office closure (no PTO needed)", "yes"]
         for d in closure_days({d for d, _, _ in hol})]
upload_calendar(sorted(rows), quoting=csv.QUOTE_ALL, lineterminator="\r\n")
post_general(
    "📅 The 2027 company holiday calendar is ready: HR/Holiday_Calendar_2027.csv on the file server.\n"
    "New: Presidents' Day, Mon 2/15.\n"
    "Weekend holidays, observed on another day:\n"
    "- Juneteenth (Sat 6/19): off Fri 6/18\n"
    "- Independence Day (Sun 7/4): off Mon 7/5\n"
    "- Christmas Day (Sat 12/25): off Mon 12/27, since Fri 12/24 is already Christmas Eve\n"
    "- New Year's Day 2028 (a Saturday): off Fri 12/31/2027\n"
    "Please plan your PTO around these dates.")
PY
