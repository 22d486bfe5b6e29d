#!/usr/bin/env bash
# Partial: fixes the three clashes that have a free room; never asks Lena, tells nobody.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import clashes, free_room, load, save
columns, rows = load()
for _, later in clashes(rows):
    room = free_room(rows, later)
    if room:
        later["room"] = room
save(columns, rows)
PY
