#!/usr/bin/env bash
# Partial: asks Elena, drafts and saves the letter correctly, but never tells Jordan.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
bash "$HERE/prepare.sh"
python3 "$HERE/values.py" > /tmp/offer/values.json
FILE="/tmp/offer/$(jq -r ._FILE /tmp/offer/values.json)"
python3 "$HERE/fill.py" /tmp/offer/values.json "$FILE"
bash "$HERE/upload.sh" "$FILE"
