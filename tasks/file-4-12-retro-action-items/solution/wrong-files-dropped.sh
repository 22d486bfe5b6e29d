#!/usr/bin/env bash
# Near miss: does everything right but also files the dropped proposal (move release day to Thursdays) for Ben.
set -euo pipefail
cd "$(dirname "$0")" && bash ./solve.sh && python_default - <<'PY'
from datetime import date

import retro

retro.file("Move release day from Tuesday to Thursday", "Ben", date(2026, 12, 8))
PY
