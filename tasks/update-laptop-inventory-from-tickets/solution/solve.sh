#!/usr/bin/env bash
# Reference: apply the five closed tickets in order (Lena's loan ended before Raj got the loaner), leave the
# open Tomas hand-out alone, then count the hand-outs (3 of 8) on the refresh ticket.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import comment_refresh, give, laptop_tickets, load, save, take_back
for issue in laptop_tickets():
    print(f"#{issue.id} {issue.subject}\n  {issue.description}\n  " + " / ".join(c.text for c in issue.comments))
columns, rows = load()
# Lena's loaner (closed): 0196 back with Lena, loaner back on the shelf: no change
take_back(rows, "TG-LT-0197", "lost", "lost at DEN 2026-11-10, wiped, written off")
give(rows, "TG-LT-0150", "raj.iyer", "loaner for Raj since 2026-11-12 (0197 lost), battery weak")
give(rows, "TG-LT-0232", "priya.natarajan", "refresh 2026, handed over 2026-11-18")
take_back(rows, "TG-LT-0188", "to wipe", "returned 2026-11-18, to wipe then refurbisher")
give(rows, "TG-LT-0235", "ben.kowalski", "refresh 2026, handed over 2026-11-19")
take_back(rows, "TG-LT-0191", "to wipe", "returned 2026-11-19, to wipe then refurbisher")
give(rows, "TG-LT-0236", "chloe.tran", "refresh 2026, courier 2026-11-18")
rows["TG-LT-0198"]["notes"] = "return by courier pending (~2026-11-25), then wipe"
save(columns, rows)
comment_refresh("Inventory updated. Handed out so far: 3 of the 8 new laptops (TG-LT-0232 Priya, TG-LT-0235 Ben, "
                "TG-LT-0236 Chloe). TG-LT-0233 for Tomas is scheduled for 2026-11-24.")
PY
