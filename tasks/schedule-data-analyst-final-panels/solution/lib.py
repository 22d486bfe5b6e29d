"""Shared by the solutions (python_default): slots, the panel's answers, the candidates' constraints, output."""

import csv
import io
import os
import sys
from datetime import date

sys.path.insert(0, "/utils")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from read_reply import read

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
tracker = TrackerClient(USER, PASSWORD)


def jordan_message() -> str:
    with login(USER, PASSWORD) as chat:
        return "\n".join(m.body for m in chat.direct_messages("jordan.ellis") if m.sender == "jordan.ellis")


def slots() -> list[dict[str, str]]:
    text = FilesClient(USER, PASSWORD).download_text("HR/Recruiting/Data_Analyst_2026/Final_Panel_Slots.csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        row["label"] = f"{row['day']} {row['date'][5:]} {row['start']}"
    return rows


def ask_panel(rows: list[dict[str, str]], people: tuple[str, ...]) -> dict[str, set[str]]:
    """person -> labels of the slots they can do."""
    labels = [r["label"] for r in rows]
    question = ("Hi! For the Data Analyst final panels next week (60 min, Sideoats), which of these slots work "
                "for you?\n" + "\n".join(f"- {lb}" for lb in labels))
    answers = {}
    with login(USER, PASSWORD) as chat:
        for person in people:
            reply = chat.ask(person, question, timeout=120)
            print(person, "->", reply)
            answers[person] = {slot for slot, ok in read(reply, labels).items() if ok}
    return answers


# the candidates' constraints from Jordan's message
def aaliyah_can(row: dict[str, str]) -> bool:
    return row["date"] in ("2026-12-02", "2026-12-03") and row["start"] >= "13:00"


def wen_can(row: dict[str, str]) -> bool:
    return row["start"] < "12:00" and row["date"] != "2026-12-04"


def pick(rows: list[dict[str, str]], can: dict[str, set[str]], candidate_ok, taken: set[str]) -> dict[str, str]:
    """The earliest slot Elena marked yes, every asked panelist can do and the candidate can do."""
    for row in rows:
        if (row["elena_popescu"] == "yes" and all(row["label"] in ok for ok in can.values())
                and candidate_ok(row) and row["slot"] not in taken):
            return row
    raise SystemExit("no common slot")


def when(row: dict[str, str]) -> str:
    weekday = date.fromisoformat(row["date"]).strftime("%A")
    return f"{weekday} {row['date']}, {row['start']}-{row['end']}"


def comment(name: str, text: str) -> None:
    issue = tracker.find_issue("people-ops", f"Data Analyst candidate: {name}")
    assert issue is not None, name
    tracker.add_comment(issue.id, text)


def tell_jordan(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("jordan.ellis", text)
