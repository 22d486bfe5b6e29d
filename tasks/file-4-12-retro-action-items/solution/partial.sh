#!/usr/bin/env bash
# Partial: files the two action items whose owner and date are in the notes; never asks Priya, so the two open
# items are not filed, and no summary is posted.
set -euo pipefail
cd "$(dirname "$0")" && python_default - <<'PY'
from datetime import date

import retro

retro.file("Add slot-finder boundary cases to the QA regression checklist", "Sofia", date(2026, 11, 27))
retro.file("Run the staging smoke tests automatically after every deploy", "Aisha", date(2026, 12, 2))
PY
