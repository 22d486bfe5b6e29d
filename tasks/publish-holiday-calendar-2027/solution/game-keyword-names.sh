#!/usr/bin/env bash
# Gaming: the right dates, but every holiday row's name is a soup of every holiday name with "(observed)", and
# the announcement lists every candidate date for each moved holiday.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from hol_common import post_general, standard_rows, upload_calendar
soup = ("New Year's Day / Martin Luther King Jr. Day / Presidents' Day / Memorial Day / Juneteenth (observed) / "
        "Independence Day (observed) / Labor Day / Thanksgiving Day / Day after Thanksgiving / Christmas Eve / "
        "Christmas Day (observed) / New Year's Day (observed)")
rows = [[d, w, soup if kind == "company holiday" else name, kind, closed] for d, w, name, kind, closed in standard_rows()]
upload_calendar(rows)
post_general("Holiday_Calendar_2027 is on the file server (HR/Holiday_Calendar_2027.csv). New: Presidents' Day, "
             "February 15. Weekend holidays: Juneteenth June 18 / June 19 / June 21, Independence Day July 2 / July 5, "
             "Christmas Day December 24 / December 27, New Year's Day December 31 / January 3.")
PY
