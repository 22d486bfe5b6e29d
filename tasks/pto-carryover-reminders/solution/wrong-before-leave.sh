#!/usr/bin/env bash
# Near miss: uses the balance before the approved upcoming leave (entitlement + carried over - taken), so the
# numbers are too high and people who fall to 5 or fewer after their leave are reminded too.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/balances.py" > /tmp/balances.json
python3 - <<'PY'
import json
people = []
for p in json.load(open("/tmp/balances.json")):
    r = p["row"]
    left = float(r["entitlement_2026"]) + float(r["carried_over_from_2025"]) - float(r["taken_to_2026-11-15"])
    if left > 5 and p["username"] not in ("rachel.kim", "kai.morgan"):
        people.append({**p, "days": f"{left:g}"})
dms = [[p["username"], f"Hi {p['first']}, a reminder from HR: you have {p['days']} PTO days left. Only 5 carry over "
        "into 2027, so please plan the rest before the end of the year."] for p in people]
summary = "; ".join(f"{p['name']} ({p['days']} days)" for p in people)
dms.append(["rachel.kim", f"Hi Rachel, reminders sent to: {summary}."])
json.dump({"dms": dms, "ticket": {"status": "Resolved", "comment": f"Reminders sent to: {summary}."}},
          open("/tmp/plan.json", "w"))
PY
python_default "$HERE/send.py" /tmp/plan.json
