#!/usr/bin/env bash
# Near miss: applies the loaner ticket last, so TG-LT-0150 goes back on the shelf although Raj has it.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import comment_refresh, give, load, save, take_back
columns, rows = load()
take_back(rows, "TG-LT-0197", "lost", "written off")
for tag, old, person in (("TG-LT-0232", "TG-LT-0188", "priya.natarajan"), ("TG-LT-0235", "TG-LT-0191", "ben.kowalski")):
    give(rows, tag, person, "refresh 2026")
    take_back(rows, old, "to wipe", "returned")
give(rows, "TG-LT-0236", "chloe.tran", "refresh 2026")
rows["TG-LT-0150"].update(assigned_to="", status="spare")
save(columns, rows)
comment_refresh("Handed out so far: 3 of 8.")
PY
