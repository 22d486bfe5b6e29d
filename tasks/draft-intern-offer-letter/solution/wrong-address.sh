#!/usr/bin/env bash
# Near miss: copies the address from the wrong row of finalists.csv (Noah Whitaker's street) into Lucia's letter.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/prepare.sh"
python3 "$HERE/values.py" | jq '.CANDIDATE_ADDRESS = "2215 Vine Street, Lincoln, NE 68503"' > /tmp/offer/values.json
FILE="/tmp/offer/$(jq -r ._FILE /tmp/offer/values.json)"
python3 "$HERE/fill.py" /tmp/offer/values.json "$FILE"
bash "$HERE/upload.sh" "$FILE"
echo "Hi Jordan, the internship offer letter for Lucia Brandt is ready: $(basename "$FILE")" \
    | python_default "$HERE/send_dm.py" jordan.ellis
