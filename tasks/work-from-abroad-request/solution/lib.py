"""Shared by the solutions (run with python_default): read Ben's question, the log and the form; reply; file."""

import csv
import io
import os
import sys

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
files = FilesClient(USER, PASSWORD)


def question() -> str:
    with login(USER, PASSWORD) as chat:
        return "\n".join(m.body for m in chat.direct_messages("ben.kowalski") if m.sender == "ben.kowalski")


def earlier_days(*, include_cancelled: bool = False, only_city: str | None = None) -> int:
    text = files.download_text("HR/Remote_Work/Work_From_Abroad_Log_2026.csv")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["username"] == "ben.kowalski"]
    rows = [r for r in rows if include_cancelled or r["status"] == "done"]
    rows = [r for r in rows if only_city is None or r["city"] == only_city]
    return sum(int(r["working_days"]) for r in rows)


def reply(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("ben.kowalski", text)


def file_request(subject: str, description: str) -> None:
    TrackerClient(USER, PASSWORD).create_issue("people-ops", subject, description, tracker="Support",
                                               assignee="rachel.kim")


def form(earlier: int, total: str) -> str:
    return f"""Employee: Ben Kowalski
Manager: Priya Natarajan
Destination (country, city): Poland, Gdansk
First working day abroad: 2026-12-14
Last working day abroad: 2026-12-18
Working days on this trip: 5
Working days abroad earlier in 2026: {earlier}
Total working days abroad in 2026: {total}
Reachable during core hours (10:00-15:00 Central): yes (17:00-22:00 local time)
"""
