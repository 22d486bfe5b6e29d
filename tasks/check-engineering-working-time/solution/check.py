"""Shared helper of the solutions (python_default): the timesheets, Priya's approvals, the report, reminders."""

from __future__ import annotations

import csv
import io
import os
import re
import sys
import time
from datetime import date, datetime

sys.path.insert(0, "/utils")

from grading.answers import says
from grading.clients.chat import login
from grading.clients.files import FilesClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
SHEETS = "HR/Timesheets/Engineering_Timesheets_2026-W46.csv"
REPORT = "HR/Timesheets/Working_Time_Check_2026-W46.csv"
MONDAY = date(2026, 11, 9)
APPROVED_WORDS = ("approved", "approve", "okayed", "ok'd", "ok", "okay", "signed off", "cleared", "green light",
                  "go-ahead", "agreed", "allowed", "yes")


def entries() -> list[dict[str, str]]:
    text = FilesClient(USER, PASSWORD).download_text(SHEETS)
    return list(csv.DictReader(io.StringIO(text)))


def hours(row: dict[str, str]) -> float:
    start, end = (datetime.strptime(row[k], "%H:%M") for k in ("start", "end"))
    return (end - start).total_seconds() / 3600 - int(row["break_min"] or 0) / 60


def username(full_name: str) -> str:
    return full_name.lower().replace(" ", ".")


def breaches(approved: set[str], daily: float = 10.0, weekly: float = 48.0,
             strict: bool = True) -> list[tuple[str, str, str, float]]:
    """(employee, date, rule, hours) per breach; ``approved``: first names with approved weekend work."""
    over = (lambda h, limit: h > limit) if strict else (lambda h, limit: h >= limit)
    found, totals = [], {}
    for row in entries():
        h = hours(row)
        totals[row["employee"]] = totals.get(row["employee"], 0.0) + h
        if over(h, daily):
            found.append((row["employee"], row["date"], "daily limit (more than 10 hours in a day)", h))
        if date.fromisoformat(row["date"]).weekday() >= 5 and row["employee"].split()[0] not in approved:
            found.append((row["employee"], row["date"], "weekend work without prior approval", h))
    for name, total in totals.items():
        if over(total, weekly):
            found.append((name, MONDAY.isoformat(), "weekly limit (more than 48 hours in a week)", total))
    print("breaches:", found)
    return found


def ask_priya(text: str, wait: float = 90) -> str:
    with login(USER, PASSWORD) as chat:
        started = time.time()
        chat.send_direct_message("priya.natarajan", text)
        reply = ""
        deadline = time.time() + wait
        while time.time() < deadline and not reply:
            time.sleep(2)
            reply = "\n".join(m.body for m in chat.direct_messages("priya.natarajan")
                              if m.sender == "priya.natarajan" and m.timestamp.timestamp() >= started - 5)
    print("Priya:", reply)
    return reply


def approved_people(reply: str, names: list[str]) -> set[str]:
    """First names whose weekend work Priya calls approved (a clause naming them says approved, not negated)."""
    approved = set()
    for clause in re.split(r"[\n;,]|\bbut\b|(?<=[.!?])\s+", reply):
        for name in names:
            if re.search(rf"\b{name}\b", clause) and says(clause, *APPROVED_WORDS):
                approved.add(name)
    return approved


def write_report(text: str) -> None:
    FilesClient(USER, PASSWORD).upload(REPORT, text)
    print(text)


def remind(messages: dict[str, str]) -> None:
    with login(USER, PASSWORD) as chat:
        for to, text in messages.items():
            chat.send_direct_message(to, text)
            print("sent to", to)
