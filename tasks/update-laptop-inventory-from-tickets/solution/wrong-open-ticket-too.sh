#!/usr/bin/env bash
# Near miss: the reference, but also carries out Tomas's hand-out although its ticket is still open (4 of 8).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import comment_refresh, give, load, save, take_back
columns, rows = load()
take_back(rows, "TG-LT-0197", "lost", "written off")
give(rows, "TG-LT-0150", "raj.iyer", "loaner")
for tag, old, person in (("TG-LT-0232", "TG-LT-0188", "priya.natarajan"), ("TG-LT-0235", "TG-LT-0191", "ben.kowalski"),
                         ("TG-LT-0233", "TG-LT-0184", "tomas.lindqvist")):
    give(rows, tag, person, "refresh 2026")
    take_back(rows, old, "to wipe", "returned")
give(rows, "TG-LT-0236", "chloe.tran", "refresh 2026")
save(columns, rows)
comment_refresh("4 of the 8 new laptops have been handed out.")
PY
