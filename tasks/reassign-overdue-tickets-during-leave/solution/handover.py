"""Shared helper of the partial/alt/wrong/game solutions (imported from python_default): Marcus's tickets, asking
him in chat, and reassigning with a comment."""

from __future__ import annotations

import os
import sys
import time
from datetime import date

sys.path.insert(0, "/utils")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from read_reply import owner

from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
TODAY = date(2026, 11, 20)
tracker = TrackerClient(USER, PASSWORD)


def marcus_tickets(status: str = "open") -> list[Issue]:
    return tracker.issues("fieldday", status=status, assignee="marcus.webb")  # type: ignore[arg-type]


def overdue(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.due_date and i.due_date < TODAY]


def ask(question: str, to: str = "marcus.webb", wait: float = 90) -> str:
    """Send ``question`` as a DM and return the answer (empty when none comes within ``wait`` seconds)."""
    with login(USER, PASSWORD) as chat:
        sent_at = time.time()
        chat.send_direct_message(to, question)
        deadline = time.time() + wait
        while time.time() < deadline:
            time.sleep(2)
            answers = [m for m in chat.direct_messages(to) if m.sender == to and m.timestamp.timestamp() >= sent_at - 5]
            if answers:
                return "\n".join(m.body for m in answers)
    return ""


def first_names() -> dict[str, str]:
    """First name (lower case) -> username, of the FieldDay members."""
    members = tracker._get("/projects/fieldday/memberships.json", limit=100)["memberships"]
    return {m["user"]["name"].split()[0].lower(): tracker.username_of(m["user"]["id"]) for m in members if "user" in m}


def owner_from(reply: str, issue: Issue) -> str:
    names = first_names()
    key = "runner" if "runner" in issue.subject.lower() else "postmortem"
    first = owner(reply, key, set(names), exclude={"marcus", USER.split(".")[0]})
    if first is None:
        sys.exit(f"could not read the new owner of #{issue.id} from: {reply!r}")
    return names[first]


def reassign(issue: Issue, username: str, note: str) -> None:
    tracker.update_issue(issue.id, assignee=username, comment=note)
    print(f"#{issue.id} {issue.subject} -> {username}")
