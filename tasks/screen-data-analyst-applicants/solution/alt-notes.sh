#!/usr/bin/env bash
# Another correct way: decisions capitalised, CRLF line ends, thorough reasons that also say what each
# rejected candidate DOES meet ("strong SQL ... but needs sponsorship"), and a DM laid out as two lists,
# "Shortlisted:" and "Not moving forward with:", each rejected candidate with the must-have they miss.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/cvs.py" > /tmp/cvs.json
python3 - <<'PY'
import csv, json, re
REASONS = {
    "visa": "Strong SQL, Python/R and Power BI, but requires H-1B visa sponsorship, which we cannot offer for this role",
    "remote": "Meets SQL, Python, R and Looker; however she is looking for a fully remote role and cannot commute to "
              "Lincoln, while the job is hybrid (2 office days)",
    "sql-none": "Has no professional SQL yet (just started learning), and no Python/R or BI tool either",
    "sql-year": "US citizen in Lincoln with Python and Tableau; but only about 1 year of SQL, less than the 2 years required",
}
rows, lines = [], {"short": [], "no": []}
for a in json.load(open("/tmp/cvs.json")):
    cv = a["cv"]
    key = ("visa" if re.search(r"visa sponsorship", cv, re.I) else "remote" if re.search(r"fully remote", cv, re.I)
           else "sql-none" if re.search(r"learning SQL", cv, re.I) else "sql-year" if re.search(r"about 1 year", cv, re.I)
           else None)
    if key:
        rows.append([a["applicant_id"], a["name"], "Reject", REASONS[key]])
        short = {"visa": "needs visa sponsorship", "remote": "remote only, can't do hybrid",
                 "sql-none": "no SQL, Python/R or BI experience", "sql-year": "only ~1 year of SQL"}[key]
        lines["no"].append(f"- {a['name']} ({short})")
    else:
        rows.append([a["applicant_id"], a["name"], "Shortlist", "Meets every must-have (2+ yrs SQL, Python/R, BI, "
                     "US work authorisation, hybrid)"])
        lines["short"].append(f"- {a['name']}")
with open("/tmp/screening.csv", "w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(["applicant_id", "name", "decision", "reason"])
    w.writerows(rows)
msg = ("Hi Elena! First screening pass for the Data Analyst role is done.\n\nShortlisted:\n" + "\n".join(lines["short"])
       + "\n\nNot moving forward with:\n" + "\n".join(lines["no"])
       + "\n\nThe full list with reasons is in HR/Recruiting/Data_Analyst_2026/screening.csv.")
open("/tmp/dm.txt", "w").write(msg)
print(msg)
PY
bash "$HERE/upload.sh" /tmp/screening.csv
python_default "$HERE/send_dm.py" elena.popescu < /tmp/dm.txt
