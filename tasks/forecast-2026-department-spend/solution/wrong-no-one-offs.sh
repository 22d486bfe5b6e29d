#!/usr/bin/env bash
# Wrong: asks Grace, uses October's run rate, but leaves out the two December one-offs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_grace
python3 "$HERE/forecast.py" /tmp/forecast.csv > /tmp/over.tsv
upload_forecast /tmp/forecast.csv
body=$(awk -F'\t' '{printf "- %s: over by $%\047d\n", $1, $4}' /tmp/over.tsv)
message_victor "Hi Victor, the 2026 year-end forecast is in $FORECAST_FILE. Over budget:
$body"
