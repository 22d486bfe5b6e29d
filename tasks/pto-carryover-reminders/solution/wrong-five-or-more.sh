#!/usr/bin/env bash
# Near miss: reads "more than 5" as "5 or more" and also reminds Ben Kowalski and Hannah Brooks (exactly 5),
# and reports all seven.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/balances.py" > /tmp/balances.json
python3 - <<'PY'
import json
people = [p for p in json.load(open("/tmp/balances.json")) if float(p["days"]) >= 5 and p["username"] != "rachel.kim"]
dms = [[p["username"], f"Hi {p['first']}, a reminder from HR: you have {p['days']} PTO days left. Only 5 carry over "
        "into 2027, so please plan the rest before the end of the year."] for p in people]
summary = "; ".join(f"{p['name']} ({p['days']} days)" for p in people)
dms.append(["rachel.kim", f"Hi Rachel, reminders sent to: {summary}."])
json.dump({"dms": dms, "ticket": {"status": "Resolved", "comment": f"Reminders sent to: {summary}."}},
          open("/tmp/plan.json", "w"))
PY
python_default "$HERE/send.py" /tmp/plan.json
