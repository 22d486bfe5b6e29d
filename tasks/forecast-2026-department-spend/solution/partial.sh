#!/usr/bin/env bash
# Partial: asks Grace and saves the right forecast file; never messages Victor.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_grace
python3 "$HERE/forecast.py" /tmp/forecast.csv "${ONE_OFFS[@]}" > /tmp/over.tsv
upload_forecast /tmp/forecast.csv
