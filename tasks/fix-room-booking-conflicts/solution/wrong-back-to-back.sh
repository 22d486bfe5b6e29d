#!/usr/bin/env bash
# Near miss: the reference, but back-to-back bookings count as clashes too (Sofia's QA sync is moved).
set -euo pipefail
cd "$(dirname "$0")" && bash ./solve.sh && exec python_default - <<'PY'
from lib import clashes, free_room, load, save, tell
columns, rows = load()
for _, later in clashes(rows, touching=True):
    room = free_room(rows, later)
    if room:
        later["room"] = room
        tell(later["organizer"], f"Hi, your meeting '{later['title']}' on {later['date']} moved to {room}.")
save(columns, rows)
PY
