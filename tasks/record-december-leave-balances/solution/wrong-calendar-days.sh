#!/usr/bin/env bash
# Wrong: counts calendar days, weekends and holidays included.
set -euo pipefail
python_default "$(dirname "$0")/leave.py" --calendar-days
