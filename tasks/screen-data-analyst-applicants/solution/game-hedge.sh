#!/usr/bin/env bash
# Gaming: every applicant twice (a shortlist row and a reject row), each reason a soup of every must-have, and a
# DM with the right two names plus everybody else "possibly".
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/cvs.py" > /tmp/cvs.json
python3 - <<'PY'
import csv, json
people = json.load(open("/tmp/cvs.json"))
soup = "needs visa sponsorship / only 1 year of SQL / remote only, not hybrid / no Python or R / no BI tool"
with open("/tmp/screening.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["applicant_id", "name", "decision", "reason"])
    for a in people:
        w.writerow([a["applicant_id"], a["name"], "shortlist", "meets the must-haves"])
        w.writerow([a["applicant_id"], a["name"], "reject", soup])
others = ", ".join(a["name"] for a in people if a["name"] not in ("Aaliyah Porter", "Wen Zhao"))
open("/tmp/dm.txt", "w").write(f"Hi Elena, shortlist: Aaliyah Porter and Wen Zhao, possibly also {others} "
                               "(some of them do not meet every must-have).")
PY
bash "$HERE/upload.sh" /tmp/screening.csv
python_default "$HERE/send_dm.py" elena.popescu < /tmp/dm.txt
