#!/usr/bin/env bash
# Another correct way: other date and money formats (ISO letter date, 01/19/2027, 7 May 2027, "USD 23.50",
# "Tuesday, Dec. 1, 2026"), and a DM to Jordan that never uses the word "offer".
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/prepare.sh"
python3 "$HERE/values.py" | jq '.LETTER_DATE = "2026-11-20" | .START_DATE = "01/19/2027" | .END_DATE = "7 May 2027"
    | .HOURLY_RATE = "USD 23.50" | .ACCEPT_BY = "Tuesday, Dec. 1, 2026" | .SUPERVISOR = "Elena Popescu"' \
    > /tmp/offer/values.json
FILE="/tmp/offer/$(jq -r ._FILE /tmp/offer/values.json)"
python3 "$HERE/fill.py" /tmp/offer/values.json "$FILE"
bash "$HERE/upload.sh" "$FILE"
echo "Hi Jordan, Lucia Brandt's internship letter is drafted and saved in the Data_Intern_Spring_2027 folder, ready for Daniel's approval." \
    | python_default "$HERE/send_dm.py" jordan.ellis
