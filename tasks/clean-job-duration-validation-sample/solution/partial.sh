#!/usr/bin/env bash
# Partial: asks Maya and uploads the right clean file, but never sends Elena the figures (4 of 7 points).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from common import ask, clean, csv_text, upload
print("Maya:", ask("maya.johnson", "Hi Maya, what's the cut-off for a long job in the duration model?"))
rows, figures = clean()
upload(csv_text(rows))
PY
