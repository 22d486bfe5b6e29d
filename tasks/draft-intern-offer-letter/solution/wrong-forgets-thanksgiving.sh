#!/usr/bin/env bash
# Near miss: counts Thanksgiving and the day after as business days, so the letter says November 27, 2026.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/prepare.sh"
python3 "$HERE/values.py" 2026-11-27 > /tmp/offer/values.json
FILE="/tmp/offer/$(jq -r ._FILE /tmp/offer/values.json)"
python3 "$HERE/fill.py" /tmp/offer/values.json "$FILE"
bash "$HERE/upload.sh" "$FILE"
echo "Hi Jordan, the internship offer letter for Lucia Brandt is ready: $(basename "$FILE")" \
    | python_default "$HERE/send_dm.py" jordan.ellis
