"""Partial: the cleaned file and a full comment, but no chart (it was to be made "after the meeting")."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import survey

columns, rows = survey.raw()
clean = survey.clean(rows)
survey.upload_csv(columns, clean)
plans = survey.per_plan(clean)
overall, valid = survey.score(clean)
survey.comment("\n".join([
    f"- raw rows: {len(rows)}", f"- unique responses: {len(clean)}", f"- valid NPS answers: {valid}",
    *(f"- {p}: {plans[p][0]:.1f} (n={plans[p][1]})" for p in survey.PLANS), f"- overall: {overall:.1f}",
    "Rules: first submission kept, ISO dates, state codes, three plan names, NPS 0-10 (11 = missing).",
    "Chart to follow.",
]))
