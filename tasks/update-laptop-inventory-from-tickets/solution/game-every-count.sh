#!/usr/bin/env bash
# Gaming: the reference file, but the comment hedges over every possible count.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import comment_refresh, give, load, save, take_back
columns, rows = load()
take_back(rows, "TG-LT-0197", "lost", "written off")
give(rows, "TG-LT-0150", "raj.iyer", "loaner")
for tag, old, person in (("TG-LT-0232", "TG-LT-0188", "priya.natarajan"), ("TG-LT-0235", "TG-LT-0191", "ben.kowalski")):
    give(rows, tag, person, "refresh 2026")
    take_back(rows, old, "to wipe", "returned")
give(rows, "TG-LT-0236", "chloe.tran", "refresh 2026")
save(columns, rows)
comment_refresh("Handed out so far: 2, 3 or 4 of the 8 (depending on the courier and Tomas's appointment).")
PY
