#!/usr/bin/env bash
# Partial: sends the five personal reminders (right people, right numbers), but neither reports to Rachel nor
# touches the ticket.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/balances.py" > /tmp/balances.json
python3 - <<'PY'
import json
people = [p for p in json.load(open("/tmp/balances.json")) if float(p["days"]) > 5]
dms = [[p["username"], f"Hi {p['first']}, friendly reminder: you have {p['days']} PTO days left for 2026. Only 5 "
        "carry over into 2027, so please plan the rest before the end of the year."] for p in people]
json.dump({"dms": dms}, open("/tmp/plan.json", "w"))
PY
python_default "$HERE/send.py" /tmp/plan.json
