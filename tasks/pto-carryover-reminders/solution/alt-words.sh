#!/usr/bin/env bash
# Another correct way: the days in words ("seven and a half"), the days that would be lost, the deadline as a
# date; Rachel gets a markdown table; the ticket comment is a bullet list with first names only ("* Victor — 9
# days") and the ticket is Closed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/balances.py" > /tmp/balances.json
python3 - <<'PY'
import json
WORDS = {6: "six", 7: "seven", 9: "nine", 11: "eleven"}
def words(days):
    d = float(days)
    return WORDS[int(d)] + (" and a half" if d % 1 else "")
people = [p for p in json.load(open("/tmp/balances.json")) if float(p["days"]) > 5]
dms = [[p["username"], f"Hey {p['first']}! Quick heads-up on vacation: you still have {words(p['days'])} days of PTO "
        f"left this year. Only five carry over to 2027 (to be used by March 31), so the other {float(p['days']) - 5:g} "
        "would be lost. Please plan them before Dec 31. Thanks!"] for p in people]
table = "\n".join(f"| {p['name']} | {p['days']} |" for p in people)
dms.append(["rachel.kim", "Hi Rachel, the PTO carry-over reminders went out to these people:\n\n| Person | Days left |\n"
            f"|---|---|\n{table}\n\nBen Kowalski and Hannah Brooks have exactly 5, so they did not get one."])
bullets = "\n".join(f"* {p['first']} — {p['days']} days" for p in people)
json.dump({"dms": dms, "ticket": {"status": "Closed", "comment": f"Reminded in chat:\n{bullets}"}},
          open("/tmp/plan.json", "w"))
PY
python_default "$HERE/send.py" /tmp/plan.json
