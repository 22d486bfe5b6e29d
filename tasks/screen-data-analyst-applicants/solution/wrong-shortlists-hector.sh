#!/usr/bin/env bash
# Near miss: counts Hector Ramirez's bootcamp + internship as enough SQL and shortlists him (he has about one
# year; two are required), and tells Elena three names.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/cvs.py" > /tmp/cvs.json
python3 - <<'PY'
import csv, json, re
rows, short = [], []
for a in json.load(open("/tmp/cvs.json")):
    cv = a["cv"]
    if re.search(r"visa sponsorship", cv, re.I):
        reason = "needs US visa sponsorship"
    elif re.search(r"remote only", cv, re.I):
        reason = "wants remote only; the role is hybrid"
    elif re.search(r"learning SQL", cv, re.I):
        reason = "no SQL, no Python/R, no BI tool"
    else:
        reason = ""
        short.append(a["name"])
    rows.append([a["applicant_id"], a["name"], "reject" if reason else "shortlist", reason or "meets the must-haves"])
with open("/tmp/screening.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["applicant_id", "name", "decision", "reason"])
    w.writerows(rows)
open("/tmp/dm.txt", "w").write(f"Hi Elena, shortlisted for the Data Analyst interviews: {', '.join(short)}. "
                               "The other three don't meet every must-have.")
PY
bash "$HERE/upload.sh" /tmp/screening.csv
python_default "$HERE/send_dm.py" elena.popescu < /tmp/dm.txt
