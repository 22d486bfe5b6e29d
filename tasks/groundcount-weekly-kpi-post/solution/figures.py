"""The W46 KPI figures as JSON, from the two weekly CSVs and Elena's definition (definition.txt in DIR), for the
solutions that lay the post out in other ways. Usage: python_default figures.py DIR [--keep TRADE]
(--keep: a near miss that does not apply an exclusion)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from read_reply import read

work = Path(sys.argv[1])
keep = set(sys.argv[3:4]) if sys.argv[2:3] == ["--keep"] else set()
rules = read((work / "definition.txt").read_text(encoding="utf-8"))
threshold, excluded = rules["threshold"], set(rules["excluded"]) - keep


def load(week: int) -> list[dict[str, str]]:
    with (work / f"W{week}.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def slow_share(rows: list[dict[str, str]]) -> float:
    kept = [r for r in rows if r["trade"] not in excluded]
    slow = sum(int(r["jobs"]) for r in kept if float(r["median_lead_days"]) >= threshold)
    return 100 * slow / sum(int(r["jobs"]) for r in kept)


w45, w46 = load(45), load(46)
jobs45, jobs46 = (sum(int(r["jobs"]) for r in rows) for rows in (w45, w46))
print(json.dumps({"jobs46": jobs46, "jobs45": jobs45, "change": round(100 * (jobs46 / jobs45 - 1), 1),
                  "groups46": len(w46), "groups45": len(w45), "share46": round(slow_share(w46), 1),
                  "share45": round(slow_share(w45), 1), "threshold": threshold, "excluded": sorted(excluded)}))
