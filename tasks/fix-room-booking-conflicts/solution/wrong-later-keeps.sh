#!/usr/bin/env bash
# Near miss: the later booking keeps the room and the earlier one moves (where a room is free).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import clashes, free_room, load, save, tell
columns, rows = load()
for earlier, _ in clashes(rows):
    room = free_room(rows, earlier)
    if room:
        earlier["room"] = room
        tell(earlier["organizer"], f"Hi, your meeting '{earlier['title']}' on {earlier['date']} moved to {room}.")
save(columns, rows)
PY
