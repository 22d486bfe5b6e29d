#!/usr/bin/env bash
# Reference: ask Maya for the long-job cut-off, clean the sample (dedupe by job_id, units, drop the 4 impossible
# jobs), upload the clean CSV next to the raw file, DM Elena the figures (80, 8, 4, 68, 120 min, 11 = 16.2%).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import ask, clean, csv_text, cut_off, report, tell, upload
reply = ask("maya.johnson", "Hi Maya, I'm cleaning the October validation sample for Elena. What exactly is the "
            "cut-off of the model's long-job feature?")
print("Maya:", reply)
over, inclusive = cut_off(reply)
rows, figures = clean(long_over=over, inclusive=inclusive)
print(figures)
upload(csv_text(rows))
tell("elena.popescu", report(figures))
PY
