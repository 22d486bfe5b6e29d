#!/usr/bin/env bash
# Wrong: reads the km distances as miles (no conversion); everything else right.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import ask, clean, csv_text, report, tell, upload
ask("maya.johnson", "Hi Maya, what's the cut-off of the long-job feature?")
rows, figures = clean(km_as_miles=True)
upload(csv_text(rows))
tell("elena.popescu", report(figures))
PY
