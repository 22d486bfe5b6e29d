#!/usr/bin/env bash
# Wrong: never asks Grace; estimates November and December at the Q3 monthly average, adds no one-offs.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
python3 "$HERE/forecast.py" /tmp/forecast.csv --nov-dec q3 > /tmp/over.tsv
upload_forecast /tmp/forecast.csv
body=$(awk -F'\t' '{printf "- %s: over by $%\047d\n", $1, $4}' /tmp/over.tsv)
message_victor "Hi Victor, the 2026 year-end forecast is in $FORECAST_FILE. Over budget:
$body"
