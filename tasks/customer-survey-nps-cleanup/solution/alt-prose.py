"""Another correct way: vertical bars with value labels, bar edges and a grid, Unicode minus, and a prose comment
("over 46 valid answers", "(54 valid)")."""
import io
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import survey

columns, rows = survey.raw()
clean = survey.clean(rows)
survey.upload_csv(columns, clean)
plans = survey.per_plan(clean)
overall, valid = survey.score(clean)

fig, ax = plt.subplots(figsize=(6, 4), dpi=120)
ax.set_axisbelow(True)
ax.grid(axis="y", color="#dddddd")
bars = ax.bar(survey.PLANS, [plans[p][0] for p in survey.PLANS], color=["#d62728", "#1f77b4", "#2ca02c"],
              edgecolor="black", linewidth=0.8)
ax.bar_label(bars, labels=[f"{plans[p][0]:.1f}" for p in survey.PLANS], padding=2)
ax.axhline(0, color="black", linewidth=0.8)
ax.set_ylabel("Net Promoter Score")
fig.tight_layout()
png = io.BytesIO()
fig.savefig(png, format="png")
survey.upload("Data/clean/nps_by_plan_2026.png", png.getvalue())


def minus(value: float) -> str:
    return f"{value:.1f}".replace("-", "\u2212")


survey.comment(
    f"Done. The raw export has {len(rows)} rows; after removing the exact duplicates and the later resubmissions "
    f"there are {len(clean)} unique responses, of which {valid} have a valid NPS answer.\n\n"
    f"Starter comes out at {minus(plans['Starter'][0])} over {plans['Starter'][1]} valid answers. "
    f"Pro is at {minus(plans['Pro'][0])} ({plans['Pro'][1]} valid). "
    f"Enterprise is at {minus(plans['Enterprise'][0])} ({plans['Enterprise'][1]} valid). "
    f"Overall NPS: {minus(overall)}.\n\n"
    "What I did: kept the first submission of each response_id, converted the four date formats to ISO, mapped "
    "state names to codes and the plan spellings to Starter/Pro/Enterprise, and set blank, N/A and 11 to empty."
)
