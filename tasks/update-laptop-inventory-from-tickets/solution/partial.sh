#!/usr/bin/env bash
# Partial: records the three refresh hand-outs and the returned old laptops; misses the lost laptop and the
# loaner, and never comments on the refresh ticket.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import give, load, save, take_back
columns, rows = load()
for tag, person in (("TG-LT-0232", "priya.natarajan"), ("TG-LT-0235", "ben.kowalski"), ("TG-LT-0236", "chloe.tran")):
    give(rows, tag, person, "refresh 2026")
for tag in ("TG-LT-0188", "TG-LT-0191"):
    take_back(rows, tag, "returned", "to wipe")
save(columns, rows)
PY
