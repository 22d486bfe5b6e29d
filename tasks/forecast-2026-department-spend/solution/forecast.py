"""Shared by the solutions (python3): the 2026 year-end forecast per department, as a person computes it.

    python3 forecast.py OUT.csv [--nov-dec october|q3] [--one-off "Engineering=15120" ...] [--style plain|alt]

Reads the budget and the actuals through Q3 (``Finance/Budget_2026.xlsx``, Summary sheet) and October's actuals
(``Finance/Actuals/2026-10_Actuals_by_Department.csv``) from the file server as the examinee; November and
December are each October's actual (``october``) or the Q3 monthly average (``q3``); one-offs are added. Writes
the forecast CSV and prints, per department over budget, ``name<TAB>budget<TAB>forecast<TAB>overage``.
"""

from __future__ import annotations

import argparse
import csv
import io
import os

import openpyxl
import requests

BASE = f"http://{os.environ.get('SERVER_HOSTNAME', 'tallgrass.test')}:3923"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])


def download(path: str) -> bytes:
    answer = requests.get(f"{BASE}/{path}", auth=AUTH, timeout=30)
    answer.raise_for_status()
    return answer.content


def budget() -> dict[str, dict[str, float]]:
    sheet = openpyxl.load_workbook(io.BytesIO(download("Finance/Budget_2026.xlsx")), data_only=True)["Summary"]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h) for h in rows[0]]
    found = {}
    for row in rows[1:]:
        record = dict(zip(header, row, strict=False))
        name = str(record["Department"] or "")
        if name and name.strip("*").lower() != "total":
            found[name] = {"budget": float(record["Budget 2026"]), "ytd": float(record["YTD actual"]),
                           "q3": float(record["Q3 actual"])}
    return found


def october() -> dict[str, float]:
    text = download("Finance/Actuals/2026-10_Actuals_by_Department.csv").decode()
    return {r["Department"]: float(r["October 2026 actual (USD)"]) for r in csv.DictReader(io.StringIO(text))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--nov-dec", choices=["october", "q3"], default="october")
    parser.add_argument("--one-off", action="append", default=[])
    parser.add_argument("--style", choices=["plain", "alt"], default="plain")
    args = parser.parse_args()
    one_offs = {k: float(v) for k, v in (item.split("=") for item in args.one_off)}
    plan, oct_actual = budget(), october()
    lines = []
    for name, figures in plan.items():
        month = oct_actual[name] if args.nov_dec == "october" else figures["q3"] / 3
        forecast = round(figures["ytd"] + oct_actual[name] + 2 * month + one_offs.get(name, 0.0))
        lines.append((name, round(figures["budget"]), forecast, round(figures["budget"]) - forecast))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if args.style == "plain":
        writer.writerow(["Department", "Budget 2026", "Forecast 2026", "Variance"])
        writer.writerows(lines)
    else:  # another layout: forecast first, dollar formatting, a total row
        writer.writerow(["Forecast 2026 (USD)", "Department", "Variance", "Budget 2026"])
        for name, plan_usd, forecast, variance in lines:
            writer.writerow([f"${forecast:,.2f}", name, f"{variance:,}", f"${plan_usd:,}"])
        writer.writerow([f"${sum(l[2] for l in lines):,.2f}", "Total", f"{sum(l[3] for l in lines):,}",
                         f"${sum(l[1] for l in lines):,}"])
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write(out.getvalue())
    for name, plan_usd, forecast, variance in lines:
        if variance < 0:
            print(f"{name}\t{plan_usd}\t{forecast}\t{-variance}")


if __name__ == "__main__":
    main()
