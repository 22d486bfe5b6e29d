#!/usr/bin/env bash
# Partial: answers Ben correctly in chat but never files the approval request.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import reply
reply("Hi Ben, with the March and June trips you'd be at 11 working days abroad this year, over the 10-day "
      "limit, so yes: this needs HR approval from Rachel.")
PY
