#!/usr/bin/env bash
# Partial: screens all six correctly and saves screening.csv, but never tells Elena.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/cvs.py" > /tmp/cvs.json
python3 - <<'PY'
import csv, json, re
rows = []
for a in json.load(open("/tmp/cvs.json")):
    cv = a["cv"]
    if re.search(r"visa sponsorship", cv, re.I):
        reason = "needs visa sponsorship; we cannot sponsor"
    elif re.search(r"remote only", cv, re.I):
        reason = "remote only; the role is hybrid from Lincoln/Omaha"
    elif re.search(r"learning SQL", cv, re.I):
        reason = "no SQL experience, no Python/R, no BI tool"
    elif re.search(r"about 1 year", cv, re.I):
        reason = "only about 1 year of SQL (2+ years required)"
    else:
        reason = ""
    rows.append([a["applicant_id"], a["name"], "reject" if reason else "shortlist", reason or "meets all must-haves"])
with open("/tmp/screening.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["applicant_id", "name", "decision", "reason"])
    w.writerows(rows)
print(open("/tmp/screening.csv").read())
PY
bash "$HERE/upload.sh" /tmp/screening.csv
