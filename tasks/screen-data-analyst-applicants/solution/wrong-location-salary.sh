#!/usr/bin/env bash
# Near miss: right decisions, but two reasons name the wrong requirement: Dmitri Volkov "lives in Berlin, can't
# work hybrid" (he plans to relocate; the miss is visa sponsorship) and Ingrid Solberg "salary above the band"
# (not a must-have; the miss is that she wants a fully remote role).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/cvs.py" > /tmp/cvs.json
python3 - <<'PY'
import csv, json, re
rows = []
for a in json.load(open("/tmp/cvs.json")):
    cv = a["cv"]
    if "Berlin" in cv:
        reason = "based in Berlin, so cannot work hybrid from Lincoln or Omaha"
    elif "135,000" in cv:
        reason = "salary expectation of $135,000 is far above the $68k-$82k band"
    elif re.search(r"learning SQL", cv, re.I):
        reason = "no SQL experience, no Python/R, no BI tool"
    elif re.search(r"about 1 year", cv, re.I):
        reason = "only about 1 year of SQL; 2 years required"
    else:
        reason = ""
    rows.append([a["applicant_id"], a["name"], "reject" if reason else "shortlist", reason or "meets all must-haves"])
with open("/tmp/screening.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["applicant_id", "name", "decision", "reason"])
    w.writerows(rows)
PY
bash "$HERE/upload.sh" /tmp/screening.csv
echo "Hi Elena, the shortlist for the Data Analyst role: Aaliyah Porter and Wen Zhao." \
    | python_default "$HERE/send_dm.py" elena.popescu
