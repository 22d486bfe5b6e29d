#!/usr/bin/env bash
# Wrong: keeps the impossible jobs (0 min, -40 min, 14 h, -6.2 mi): 72 jobs, median 115, 12 long jobs.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import ask, clean, csv_text, report, tell, upload
ask("maya.johnson", "Hi Maya, what's the cut-off of the long-job feature?")
rows, figures = clean(drop_impossible=False)
print(figures)
upload(csv_text(rows))
tell("elena.popescu", report(figures))
PY
