"""Compute the W46 KPI post from the two weekly CSVs and Elena's definition (definition.txt in DIR)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from read_reply import read

work = Path(sys.argv[1])
definition = (work / "definition.txt").read_text(encoding="utf-8")
rules = read(definition)
threshold, excluded = rules["threshold"], set(rules["excluded"])


def load(week: int) -> list[dict[str, str]]:
    with (work / f"W{week}.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def slow_share(rows: list[dict[str, str]]) -> float:
    kept = [r for r in rows if r["trade"] not in excluded]
    slow = sum(int(r["jobs"]) for r in kept if float(r["median_lead_days"]) >= threshold)
    return 100 * slow / sum(int(r["jobs"]) for r in kept)


w45, w46 = load(45), load(46)
jobs45, jobs46 = (sum(int(r["jobs"]) for r in rows) for rows in (w45, w46))
change = 100 * (jobs46 / jobs45 - 1)
print(f"Groundcount weekly KPIs, 2026-W46 (vs W45)\n"
      f"- Total jobs: {jobs46} (W45: {jobs45}, {change:+.1f}%)\n"
      f"- Published groups: {len(w46)} (W45: {len(w45)})\n"
      f"- Slow-booking share: {slow_share(w46):.1f}% (W45: {slow_share(w45):.1f}%) = share of jobs in groups "
      f"with a median lead time of {threshold:g}+ days, landscaping excluded")
