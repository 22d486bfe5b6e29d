"""Shared helper of the solutions (python_default): the notes, asking Priya, filing tickets, posting."""

from __future__ import annotations

import os
import sys
import time
from datetime import date

sys.path.insert(0, "/utils")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import Issue, TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
NOTES = "Documents/Meeting_Notes/2026-11-18_FieldDay_4-12_Retro.md"
START = date(2026, 11, 20)
USERNAMES = {"Sofia": "sofia.alvarez", "Tomas": "tomas.lindqvist", "Marcus": "marcus.webb", "Aisha": "aisha.bello",
             "Omar": "omar.haddad", "Ben": "ben.kowalski"}


def notes() -> str:
    text = FilesClient(USER, PASSWORD).download_text(NOTES)
    print(text[:200])
    return text


def ask(questions: list[str], wait: float = 90) -> str:
    """DM Priya each question; return all her replies to them, joined."""
    with login(USER, PASSWORD) as chat:
        started = time.time()
        for text in questions:
            chat.send_direct_message("priya.natarajan", text)
        replies: list[str] = []
        deadline = time.time() + wait
        while time.time() < deadline and len(replies) < len(questions):
            time.sleep(2)
            replies = [m.body for m in chat.direct_messages("priya.natarajan")
                       if m.sender == "priya.natarajan" and m.timestamp.timestamp() >= started - 5]
    reply = "\n".join(replies)
    print("Priya:", reply)
    return reply


def file(subject: str, owner: str, due: date | None, description: str = "") -> Issue:
    issue = TrackerClient(USER, PASSWORD).create_issue(
        "fieldday", subject, description or "Action item from the FieldDay 4.12 retrospective (2026-11-18).",
        tracker="Feature", assignee=USERNAMES.get(owner, owner), start_date=START, due_date=due)
    print("filed", issue.id, subject, owner, due)
    return issue


def post(text: str, channel: str = "engineering") -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_message(channel, text)
    print("posted:", text)


def dm(to: str, text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message(to, text)
