"""Shared helper of the solutions (python_default): the policy's dates, asking Priya, filing the tickets."""

from __future__ import annotations

import os
import re
import sys
import time
from datetime import date, timedelta

sys.path.insert(0, "/utils")

from grading.answers import says
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
POLICY = "HR/Onboarding/Onboarding_Policy.md"
START = date(2027, 1, 11)
HOLIDAYS = {date(2027, 1, 1)}
TEAM = {"Sofia": "Sofia Alvarez", "Tomas": "Tomas Lindqvist", "Aisha": "Aisha Bello", "Ben": "Ben Kowalski",
        "Chloe": "Chloe Tran", "Marcus": "Marcus Webb"}
PARENT = "Onboarding: Ines Carvalho, QA Engineer (start 2027-01-11)"


def policy() -> str:
    text = FilesClient(USER, PASSWORD).download_text(POLICY)
    print(text[:120])
    return text


def working_days_before(day: date, n: int) -> date:
    while n:
        day -= timedelta(days=1)
        if day.weekday() < 5 and day not in HOLIDAYS:
            n -= 1
    return day


def ask(questions: list[str], wait: float = 90) -> str:
    with login(USER, PASSWORD) as chat:
        started = time.time()
        for q in questions:
            chat.send_direct_message("priya.natarajan", q)
        replies: list[str] = []
        deadline = time.time() + wait
        while time.time() < deadline and len(replies) < len(questions):
            time.sleep(2)
            replies = [m.body for m in chat.direct_messages("priya.natarajan")
                       if m.sender == "priya.natarajan" and m.timestamp.timestamp() >= started - 5]
    reply = "\n".join(replies)
    print("Priya:", reply)
    return reply


def is_remote(reply: str) -> bool:
    return says(reply, "remote", "remotely", "from home") and not says(reply, "hybrid", "from the office", "on-site")


def buddy(reply: str) -> str | None:
    for part in re.split(r"\n+|(?<=[.!?])\s+", reply):
        if re.search(r"buddy|mentor", part, re.IGNORECASE):
            for first, full in TEAM.items():
                if re.search(rf"\b{first}\b", part) and not re.search(rf"\bnot\s+{first}\b", part):
                    return full
    return None


class Filer:
    def __init__(self) -> None:
        self.tracker = TrackerClient(USER, PASSWORD)

    def create(self, subject: str, assignee: str, due: date, parent: int | None = None,
               description: str = "") -> int:
        body = {"project_id": "people-ops", "subject": subject, "description": description,
                "tracker_id": self._tracker_id("Support"), "assigned_to_id": self.tracker.user_id(assignee),
                "start_date": min(due, date(2026, 11, 20)).isoformat(), "due_date": due.isoformat()}
        if parent:
            body["parent_issue_id"] = parent
        number = self.tracker._request("POST", "/issues.json", body={"issue": body})["issue"]["id"]
        print("created", number, subject, assignee, due)
        return number

    def _tracker_id(self, name: str) -> int:
        trackers = self.tracker._get("/trackers.json")["trackers"]
        return next(t["id"] for t in trackers if t["name"] == name)


def plan(remote: bool, buddy_name: str | None) -> list[tuple[str, str, date]]:
    """(subject, assignee, due) of every subtask that applies."""
    check_in = START + timedelta(days=30)
    items = [
        ("Paperwork: contract, I-9 and payroll forms", "jordan.ellis", START),
        ("IT request for accounts and laptop (filed in IT Operations)", "jordan.ellis", START - timedelta(days=14)),
        ("Engineering access: git, CI and tracker projects", "priya.natarajan", START),
        ("Benefits enrollment (30-day window)", "jordan.ellis", check_in),
        ("30-day check-in", "priya.natarajan", check_in),
    ]
    if buddy_name:
        items.append((f"Buddy: {buddy_name}", "priya.natarajan", START))
    if remote:
        items.append(("Welcome package shipped", "nina.petrova", working_days_before(START, 5)))
    else:
        items.append(("Desk, badge and welcome lunch", "nina.petrova", working_days_before(START, 1)))
    return items
