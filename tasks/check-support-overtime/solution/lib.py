"""Shared by the solutions (python_default): the timesheets and payroll input, the overtime rule, output."""

import csv
import io
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

HERE = Path(__file__).resolve().parent
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
files = FilesClient(USER, PASSWORD)
CHECK = "Finance/Payroll/Overtime_Check_2026-11-30.md"


def timesheet() -> list[dict[str, str]]:
    with tempfile.NamedTemporaryFile(suffix=".xlsx") as tmp:
        tmp.write(files.download("Finance/Payroll/Timesheets_Support_2026-11-09_to_2026-11-22.xlsx"))
        tmp.flush()
        out = subprocess.run(["python3", str(HERE / "read_sheet.py"), tmp.name], check=True, capture_output=True,
                             text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def payroll() -> list[dict[str, str]]:
    text = files.download_text("Finance/Payroll/Payroll_Input_Support_2026-11-30.csv")
    return list(csv.DictReader(io.StringIO(text)))


def overtime(rows: list[dict[str, str]], counted: set[str], *, per_week: bool = True) -> dict[str, float]:
    """employee -> overtime hours: hours of the ``counted`` types over 40 per ISO week (or over 80 per period)."""
    hours: dict[tuple[str, int], float] = defaultdict(float)
    for row in rows:
        if row["type"] in counted:
            week = date.fromisoformat(row["date"]).isocalendar()[1] if per_week else 0
            hours[(row["employee"], week)] += float(row["hours"])
    limit = 40 if per_week else 80
    result: dict[str, float] = defaultdict(float)
    for (name, _), total in hours.items():
        result[name] += max(0.0, total - limit)
    return result


def report(entered: list[dict[str, str]], ot: dict[str, float]) -> tuple[str, float]:
    lines = ["| Employee | OT hours entered | Correct OT hours | OT pay (USD) |", "|---|---|---|---|"]
    total = 0.0
    for row in entered:
        hours = ot.get(row["employee"], 0.0)
        pay = hours * float(row["hourly_rate_usd"]) * 1.5
        total += pay
        lines.append(f"| {row['employee']} | {row['overtime_hours_entered']} | {hours:g} | {pay:,.2f} |")
    text = ("# Overtime check - payroll 2026-11-30 (support team, 2026-11-09 to 2026-11-22)\n\n"
            "Rule: hours over 40 per workweek (Mon-Sun) at 1.5x; PTO counts toward the 40, sick leave does not.\n\n"
            + "\n".join(lines) + f"\n\nTotal overtime pay: ${total:,.2f}\n")
    return text, total


def ask_grace(text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask("grace.liu", text, timeout=120)


def tell_grace(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("grace.liu", text)


def corrections(entered: list[dict[str, str]], ot: dict[str, float]) -> str:
    lines = [f"- {r['employee']}: {r['overtime_hours_entered']} -> {ot.get(r['employee'], 0.0):g} overtime hours"
             for r in entered if float(r["overtime_hours_entered"]) != ot.get(r["employee"], 0.0)]
    return "Thanks Grace! Corrections for the support payroll input (overtime hours):\n" + "\n".join(lines)
