#!/usr/bin/env bash
# Another correct way: reasons quoted with commas and semicolons, rows in another order (shortlist first),
# and a one-sentence DM that names everybody: "I shortlisted A and W, and rejected D, H, I and T".
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/cvs.py" > /tmp/cvs.json
python3 - <<'PY'
import csv, json, re
keep, drop = [], []
for a in json.load(open("/tmp/cvs.json")):
    cv = a["cv"]
    if re.search(r"require[^.]*visa sponsorship", cv, re.I):
        drop.append([a["applicant_id"], a["name"], "reject", "Work authorisation: not authorised to work in the US; "
                     "would need H-1B sponsorship"])
    elif re.search(r"remote only", cv, re.I):
        drop.append([a["applicant_id"], a["name"], "reject", "Location: remote only, not willing to work hybrid "
                     "from Lincoln or Omaha"])
    elif re.search(r"learning SQL", cv, re.I):
        drop.append([a["applicant_id"], a["name"], "reject", "Lacks SQL, Python/R and a BI tool"])
    elif re.search(r"about 1 year", cv, re.I):
        drop.append([a["applicant_id"], a["name"], "reject", "SQL experience: about one year, below the 2-year minimum"])
    else:
        keep.append([a["applicant_id"], a["name"], "shortlist", "all five must-haves met"])
with open("/tmp/screening.csv", "w", newline="") as fh:
    w = csv.writer(fh, quoting=csv.QUOTE_ALL)
    w.writerow(["applicant_id", "name", "decision", "reason"])
    w.writerows(keep + drop)
names = [r[1] for r in drop]
msg = (f"Hi Elena, I shortlisted {keep[0][1]} and {keep[1][1]}, and rejected {', '.join(names[:-1])} and {names[-1]} "
       f"because each misses a must-have. Details are in screening.csv next to the CVs.")
open("/tmp/dm.txt", "w").write(msg)
print(msg)
PY
bash "$HERE/upload.sh" /tmp/screening.csv
python_default "$HERE/send_dm.py" elena.popescu < /tmp/dm.txt
