#!/usr/bin/env bash
# Wrong: removes only rows that are identical as text, so the 3 jobs re-exported in another unit stay twice.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import ask, clean, csv_text, report, tell, upload
ask("maya.johnson", "Hi Maya, what's the cut-off of the long-job feature?")
rows, figures = clean(dedupe="exact")
print(figures)
upload(csv_text(rows))
tell("elena.popescu", report(figures))
PY
