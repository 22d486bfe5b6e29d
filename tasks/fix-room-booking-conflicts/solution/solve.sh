#!/usr/bin/env bash
# Reference: earlier booking keeps the room; the later one gets the smallest free room that fits, or the
# organiser decides (Lena: 16:00-17:00 Switchgrass); the four organisers are told.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, clashes, free_room, load, minutes, new_times, save, tell

columns, rows = load()
moved = []
for earlier, later in clashes(rows):
    old = dict(later)
    room = free_room(rows, later)
    if room is None:
        reply = ask(later["organizer"], (
            f"Hi! Your booking '{later['title']}' ({later['room']}, {later['date']} {later['start']}-{later['end']}) "
            f"clashes with '{earlier['title']}', which was booked first and runs until {earlier['end']}. No other "
            f"room seats {later['attendees']} people at that time (Bluestem is taken, Sideoats seats 4). "
            "What would you like me to book instead?"))
        print(reply)
        later["start"], later["end"] = new_times(reply, minutes(later))
        room = later["room"] if "switchgrass" in reply.lower() else free_room(rows, later)
    later["room"] = room
    moved.append((old, later))
save(columns, rows)
for old, new in moved:
    when = "" if old["start"] == new["start"] else f", now {new['start']}-{new['end']}"
    tell(new["organizer"], (
        f"Hi, heads-up: {old['room']} was double-booked, so your meeting '{new['title']}' on {new['date']} is "
        f"moved to {new['room']}{when} ({new['start']}-{new['end']}). The calendar file is updated. Thanks!"))
print("moved:", [(o["booking_id"], n["room"], n["start"]) for o, n in moved])
PY
