"""Another correct way: timestamps kept as ISO date-times (2026-09-14T19:22:00), CRLF line ends, a horizontal
bar chart in alphabetical order, the comment as markdown tables (plan | NPS | valid answers) and a count chain."""
import io
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import survey

columns, rows = survey.raw()
clean = survey.clean(rows, with_time=True)
survey.upload_csv(columns, clean, line_end="\r\n")
plans = survey.per_plan(clean)
overall, valid = survey.score(clean)

order = sorted(survey.PLANS)
fig, ax = plt.subplots(figsize=(8, 4), dpi=110)
ax.barh(order, [plans[p][0] for p in order], color="#4C72B0")
ax.axvline(0, color="#333333", linewidth=1)
ax.set_xlabel("NPS")
ax.set_title("NPS by plan, customer survey 2026")
fig.tight_layout()
png = io.BytesIO()
fig.savefig(png, format="png")
survey.upload("Data/clean/nps_by_plan_2026.png", png.getvalue())

survey.comment("\n".join([
    "Cleaned file and chart are in Data/clean/.",
    "",
    f"{len(rows)} raw rows → {len(clean)} unique responses → {valid} valid NPS answers",
    "",
    "| Plan | NPS | valid answers |",
    "|---|---|---|",
    *(f"| {p} | {plans[p][0]:+.1f} | {plans[p][1]} |" for p in order),
    f"| **All plans** | {overall:+.1f} | {valid} |",
    "",
    "Rules applied:",
    "1. Exact duplicate rows dropped; repeated response_ids: first submission kept.",
    "2. Timestamps to ISO 8601; states to two-letter codes; plans to Starter / Pro / Enterprise.",
    "3. NPS kept as an integer 0-10; blank, N/A and the out-of-range 11 set to empty (not capped).",
]))
