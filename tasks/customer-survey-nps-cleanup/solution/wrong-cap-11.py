"""Near miss: caps the invalid NPS 11 to 10 instead of treating it as missing (Elena said not to cap): one more
valid Pro answer, a promoter, so Pro, the overall NPS, the valid count and the chart are off."""
import io
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import survey

columns, rows = survey.raw()
clean = survey.clean(rows, cap_11=True)
survey.upload_csv(columns, clean)
plans = survey.per_plan(clean)
overall, valid = survey.score(clean)
fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
ax.bar(survey.PLANS, [plans[p][0] for p in survey.PLANS], color="#3F6E3A")
ax.axhline(0, color="black", linewidth=0.8)
fig.tight_layout()
png = io.BytesIO()
fig.savefig(png, format="png")
survey.upload("Data/clean/nps_by_plan_2026.png", png.getvalue())
survey.comment("\n".join([
    f"- raw rows: {len(rows)}", f"- unique responses: {len(clean)}", f"- valid NPS answers: {valid}",
    *(f"- {p}: {plans[p][0]:.1f} (n={plans[p][1]})" for p in survey.PLANS), f"- overall: {overall:.1f}",
    "Rules: first submission kept, ISO dates, state codes, three plan names, NPS capped at 10.",
]))
