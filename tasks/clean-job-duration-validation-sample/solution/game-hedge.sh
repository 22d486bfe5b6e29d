#!/usr/bin/env bash
# Game: the right file and figures, but the long jobs hedged: "11 (16.2%), or 14 (20.6%) if exactly 3 hours counts".
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import clean, csv_text, report, tell, upload
rows, figures = clean()
upload(csv_text(rows))
tell("elena.popescu", report(figures) + ", or 14 (20.6%) if a job of exactly 3 hours counts as long")
PY
