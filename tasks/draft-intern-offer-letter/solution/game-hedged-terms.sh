#!/usr/bin/env bash
# Gaming: one letter for the right candidate, but every term and the deadline hedged with a second value.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/prepare.sh"
python3 "$HERE/values.py" | jq '.HOURLY_RATE = "$23.50 (or $25.00)" | .HOURS_PER_WEEK = "16 or 20"
    | .START_DATE = "January 19, 2027 or January 25, 2027" | .END_DATE = "May 7, 2027 or May 14, 2027"
    | .ACCEPT_BY = "December 1, 2026 (December 3, 2026 at the latest)"' > /tmp/offer/values.json
FILE="/tmp/offer/$(jq -r ._FILE /tmp/offer/values.json)"
python3 "$HERE/fill.py" /tmp/offer/values.json "$FILE"
bash "$HERE/upload.sh" "$FILE"
echo "Hi Jordan, the internship offer letter for Lucia Brandt is ready: $(basename "$FILE")" \
    | python_default "$HERE/send_dm.py" jordan.ellis
