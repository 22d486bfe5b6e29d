#!/usr/bin/env bash
# Reference solution: ask Grace for the method, forecast (October run rate + the December one-offs), upload the
# file, message Victor the four departments over budget with their overage.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_grace
python3 "$HERE/forecast.py" /tmp/forecast.csv "${ONE_OFFS[@]}" > /tmp/over.tsv
upload_forecast /tmp/forecast.csv
body=$(awk -F'\t' '{printf "- %s: over by $%\047d (forecast $%\047d vs budget $%\047d)\n", $1, $4, $3, $2}' /tmp/over.tsv)
message_victor "Hi Victor, the 2026 year-end forecast is in $FORECAST_FILE (actuals through October, November and December at October's run rate, plus the two approved December one-offs). These departments will go over budget:
$body"
