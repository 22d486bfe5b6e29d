#!/usr/bin/env bash
# Alt: bold "Q1:" headings, a markdown table for the plans, prose and "down 9.1 percent", the at-risk accounts as
# bullets with reasons and a cleared borderline account; the CSV with fractions and true/false, another name.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
import csv, io
from lib import analyse, ask_omar, post, rule
result = analyse(**rule(ask_omar("Omar, which thresholds does Customer Success use for at-risk renewals?")))
p = result["plans"]
risky = [r for r in sorted(result["renewals"], key=lambda r: r["id"]) if r["risk"]]
safe = [r for r in result["renewals"] if not r["risk"] and abs(r["util"] - 40) < 0.05]
lines = [f"- {r['id']} {r['company']}: utilisation {r['util']:.1f}%, jobs {r['change']:+.1f}%" for r in risky]
text = f"""**Q1:** October seat utilisation per plan

| Plan | Utilisation |
|---|---|
| Starter | {p['Starter']:.1f} % |
| Pro | {p['Pro']:.1f} % |
| Enterprise | {p['Enterprise']:.1f} % |

**Q2:** Customers booked {result['jobs_sep']} jobs in September 2026 and {result['jobs_oct']} in October 2026, down {abs(result['change']):.1f} percent.

**Q3:** {result['drop_name']} ({result['drop_id']}), down {result['drop']} jobs. Our internal TG-DEMO tenant dropped more but is excluded.

**Q4:** {len(risky)} of the {len(result['renewals'])} Q1 renewals are at risk:
""" + "\n".join(lines) + "".join(f"\n\n{r['id']} sits at exactly 40% and is therefore not at risk." for r in safe)
out = io.StringIO()
w = csv.writer(out, lineterminator="\r\n")
w.writerow(["Account", "Company", "Plan", "Utilisation Oct", "Jobs change", "At risk?"])
for r in result["renewals"]:
    w.writerow([r["id"], r["company"], r["plan"], f"{r['util'] / 100:.4f}", f"{r['change'] / 100:.4f}",
                str(r["risk"]).lower()])
post(text, out.getvalue(), filename="renewals-q1-2027-risk.csv")
PY
