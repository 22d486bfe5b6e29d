#!/usr/bin/env bash
# Partial: the parent ticket and its six subtasks, right; no Bitwarden blocker, Felix and Jordan not told.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from it_common import ITEMS, NAME, child, parent
p = parent()
for item in ITEMS:
    child(p, f"{item}: {NAME}")
print("parent", p)
PY
