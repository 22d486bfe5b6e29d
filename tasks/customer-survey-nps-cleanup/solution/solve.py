"""Reference solution: read the ticket, clean the survey (csv module), upload CSV + chart, comment numbers.

Uses only what an examinee has: the tracker REST API (:3000) and the file share over HTTP (:3923).
"""

from __future__ import annotations

import csv
import io
import os
import re
from datetime import datetime

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import requests

HOST = "tallgrass.test"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
TRACKER = f"http://{HOST}:3000"
FILES = f"http://{HOST}:3923"
TICKET = "Clean the 2026 customer survey dataset"

http = requests.Session()
http.auth = AUTH
http.trust_env = False

# 1. the ticket: deliverable and rules (comments)
issues = http.get(f"{TRACKER}/issues.json", params={"project_id": "data-platform", "status_id": "*",
                                                      "limit": 100}).json()["issues"]
ticket_id = next(i["id"] for i in issues if i["subject"] == TICKET)
ticket = http.get(f"{TRACKER}/issues/{ticket_id}.json", params={"include": "journals"}).json()["issue"]
notes = " ".join(j.get("notes") or "" for j in ticket["journals"])
assert "keep the first" in notes and "11 as missing" in notes, notes
print(f"ticket #{ticket_id}: rules read")

# 2. the raw export (csv module: the image's pandas does not import next to pip's numpy 2)
raw_text = http.get(f"{FILES}/Data/raw/customer_survey_2026.csv").content.decode("utf-8")
reader = csv.DictReader(io.StringIO(raw_text))
columns = list(reader.fieldnames or [])
raw = list(reader)
raw_rows = len(raw)

first: dict[str, dict[str, str]] = {}
exact = resubmitted = 0
for row in raw:
    seen = first.get(row["response_id"])
    if seen is None:
        first[row["response_id"]] = row
    elif seen == row:
        exact += 1
    else:
        resubmitted += 1  # same response_id, different answers: keep the first submission

DATE_FORMATS = ("%b %d, %Y", "%Y-%m-%d %H:%M", "%m/%d/%Y", "%d.%m.%Y")


def iso_date(text: str) -> str:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(text)


STATES = {"nebraska": "NE", "nebr": "NE", "iowa": "IA", "kansas": "KS", "kan": "KS", "colorado": "CO",
          "colo": "CO", "missouri": "MO", "south dakota": "SD", "minnesota": "MN", "texas": "TX"}
PLANS = {"starter": "Starter", "basic (starter)": "Starter", "pro": "Pro", "professional": "Pro",
         "ent.": "Enterprise", "enterprise": "Enterprise"}
ANSWERS = {"y": "yes", "yes": "yes", "n": "no", "no": "no"}


def state(text: str) -> str:
    cleaned = text.strip().rstrip(".").strip()
    return cleaned.upper() if len(cleaned) == 2 else STATES[cleaned.lower()]


def nps(text: str) -> str:
    text = text.strip()
    if not re.fullmatch(r"\d+", text) or int(text) > 10:
        return ""  # blank, N/A, n/a, 11
    return str(int(text))


def technicians(text: str) -> str:
    digits = re.findall(r"\d+", text)
    return digits[0] if digits else ""


invalid_nps = sum(1 for r in first.values() if r["nps"].strip() == "11")
clean = [
    {**row,
     "submitted_at": iso_date(row["submitted_at"]),
     "company": row["company"].strip(),
     "contact_email": row["contact_email"].strip().lower(),
     "state": state(row["state"]),
     "plan": PLANS[row["plan"].strip().lower()],
     "technicians": technicians(row["technicians"]),
     "nps": nps(row["nps"]),
     "would_recommend": ANSWERS.get(row["would_recommend"].strip().lower(), "")}
    for row in first.values()
]


def score(rows: list[dict[str, str]]) -> tuple[float, int]:
    valid = [int(r["nps"]) for r in rows if r["nps"] != ""]
    promoters = sum(v >= 9 for v in valid)
    detractors = sum(v <= 6 for v in valid)
    return round(100 * (promoters - detractors) / len(valid), 1), len(valid)


plans = ["Starter", "Pro", "Enterprise"]
per_plan = {plan: score([r for r in clean if r["plan"] == plan]) for plan in plans}
overall, valid_total = score(clean)
print(per_plan, overall, valid_total)

# 3. uploads
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
writer.writeheader()
writer.writerows(clean)
http.put(f"{FILES}/Data/clean/customer_survey_2026_clean.csv", data=out.getvalue().encode()).raise_for_status()

fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
values = [per_plan[p][0] for p in plans]
bars = ax.bar(plans, values, color=["#E8D8A8", "#3F6E3A", "#2B2B2B"])
ax.axhline(0, color="black", linewidth=0.8)
for bar, plan in zip(bars, plans, strict=True):
    value, n = per_plan[plan]
    ax.annotate(f"{value:+.1f}\n(n={n})", (bar.get_x() + bar.get_width() / 2, value),
                ha="center", va="bottom" if value >= 0 else "top")
ax.set_ylabel("NPS")
ax.set_title(f"Customer survey 2026: NPS per plan (overall {overall:+.1f}, n={valid_total})")
fig.tight_layout()
png = io.BytesIO()
fig.savefig(png, format="png")
http.put(f"{FILES}/Data/clean/nps_by_plan_2026.png", data=png.getvalue()).raise_for_status()

# 4. the comment
lines = [
    "Survey cleaning done. Files: Data/clean/customer_survey_2026_clean.csv and Data/clean/nps_by_plan_2026.png",
    "",
    f"- raw rows: {raw_rows}",
    f"- exact duplicate rows removed: {exact}",
    f"- resubmissions (same response_id, different answers) removed, first kept: {resubmitted}",
    f"- unique responses: {len(clean)}",
    f"- valid NPS answers: {valid_total} (blank/N/A and {invalid_nps} invalid value 11 treated as missing)",
    "",
    "NPS per plan (valid answers = denominator):",
]
lines += [f"- {p}: {per_plan[p][0]:.1f} (n={per_plan[p][1]})" for p in plans]
lines += [
    f"- overall: {overall:.1f} (n={valid_total})",
    "",
    "Rules: dates to ISO (4 input formats), states to two-letter codes, plans to Starter/Pro/Enterprise,",
    "NPS integer 0-10 or empty, technicians as a number, emails lower case, names trimmed.",
]
http.put(f"{TRACKER}/issues/{ticket_id}.json", json={"issue": {"notes": "\n".join(lines)}}).raise_for_status()
print("\n".join(lines))
