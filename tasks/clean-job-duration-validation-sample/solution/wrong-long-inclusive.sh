#!/usr/bin/env bash
# Wrong: never asks Maya and counts a job of exactly 180 minutes as long (>= 180): 14 long jobs, 20.6%.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import clean, csv_text, report, tell, upload
rows, figures = clean(long_over=180, inclusive=True)
upload(csv_text(rows))
tell("elena.popescu", report(figures).replace("more than 180 min", "3 hours or more"))
PY
