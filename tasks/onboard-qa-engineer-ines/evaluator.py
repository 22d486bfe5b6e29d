"""Grades Ines Carvalho's onboarding ticket in People Operations: the parent, its subtasks, Priya's answers.

Subtasks are classified by subject (first matching item in ITEMS order); each item must appear once, with its
assignee and due date. Priya says Ines is fully remote (welcome package, no desk/badge) and Sofia is her buddy.
"""

import re
from datetime import date
from typing import Any

from grading import Checkpoint, Result, admin, grader
from grading.answers import has_word, is_about
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
PRIYA = "priya.natarajan"
START = date(2027, 1, 11)
CHECK_IN = date(2027, 2, 10)
ITEMS = {  # item -> subject pattern (first match wins, in this order)
    "buddy": r"buddy|mentor",
    "welcome": r"welcome (package|pack|kit|box)|\bship(ped|ping)?\b",
    "office": r"desk|badge|lunch|door code",
    "finance": r"finance|accounting|bank",
    "benefits": r"benefit",
    "checkin": r"check-?in|30[- ]day",
    "paperwork": r"contract|i-?9|payroll|paperwork|forms",
    "engineering": r"\bgit\b|\bci\b|engineering access|repositor|tracker (projects|access)",
    "it": r"\bit\b|it-ops|accounts?\b|laptop",
}
POLICY_ITEMS = {  # item -> (assignee, due)
    "paperwork": ("jordan.ellis", START),
    "it": ("jordan.ellis", date(2026, 12, 28)),
    "engineering": (PRIYA, START),
    "benefits": ("jordan.ellis", CHECK_IN),
    "checkin": (PRIYA, CHECK_IN),
}
ANSWER_ITEMS = {"buddy": (PRIYA, START), "welcome": ("nina.petrova", date(2027, 1, 4))}
TOPIC = ("Ines", "onboarding", "buddy", "remote", "office", "hybrid", "desk", "badge", "place of work", "start")


_CLIENT: list[TrackerClient] = []


def _tracker() -> TrackerClient:
    if not _CLIENT:
        _CLIENT.append(TrackerClient(*admin()))
    return _CLIENT[0]


def _issues() -> list[dict[str, Any]]:
    return _tracker()._get("/issues.json", project_id="people-ops", status_id="*", limit=100)["issues"]


def _name(issue: dict[str, Any], key: str) -> str | None:
    return (issue.get(key) or {}).get("name")


def _login(issue: dict[str, Any]) -> str | None:
    assigned = issue.get("assigned_to")
    return _tracker().username_of(assigned["id"]) if assigned else None


def _parent(issues: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one top-level ticket by the examinee naming Ines Carvalho (two are two answers: None)."""
    found = [i for i in issues if "parent" not in i and has_word(i["subject"], "Ines Carvalho")
             and _tracker().username_of(i["author"]["id"]) == EXAMINEE and "onboarding" in i["subject"].lower()
             and not i["status"].get("is_closed", False)]
    return found[0] if len(found) == 1 else None


def _children() -> list[dict[str, Any]]:
    issues = _issues()
    parent = _parent(issues)
    if parent is None:
        return []
    return [i for i in issues if (i.get("parent") or {}).get("id") == parent["id"]]


def _item(subject: str) -> str | None:
    for name, pattern in ITEMS.items():
        if re.search(pattern, subject, re.IGNORECASE):
            return name
    return None


def _one(children: list[dict[str, Any]], item: str) -> dict[str, Any] | None:
    found = [c for c in children if _item(c["subject"]) == item]
    return found[0] if len(found) == 1 else None


def _due(issue: dict[str, Any]) -> date | None:
    return date.fromisoformat(issue["due_date"]) if issue.get("due_date") else None


@grader
def asked_priya() -> bool:
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *TOPIC, minimum=2)
                   for m in chat.direct_messages(PRIYA, username=EXAMINEE))


@grader
def parent_ticket() -> bool:
    """One open top-level onboarding ticket for Ines: start date in the subject, Jordan, due the 30-day check-in."""
    issues = _issues()
    parent = _parent(issues)
    return (parent is not None and "2027-01-11" in parent["subject"] and "qa engineer" in parent["subject"].lower()
            and _login(parent) == "jordan.ellis" and _due(parent) == CHECK_IN
            and _name(parent, "tracker") == "Support")


@grader
def policy_assignees() -> bool:
    children = _children()
    return all((c := _one(children, item)) is not None and _login(c) == who
               for item, (who, _) in POLICY_ITEMS.items())


@grader
def policy_dates() -> bool:
    children = _children()
    return all((c := _one(children, item)) is not None and _due(c) == due
               for item, (_, due) in POLICY_ITEMS.items())


@grader
def buddy() -> bool:
    """One buddy subtask naming Sofia (and nobody else of the team), Priya's, due the start date."""
    c = _one(_children(), "buddy")
    others = ("Tomas", "Aisha", "Ben", "Chloe", "Marcus", "Jordan", "Nina", "Felix")
    return (c is not None and has_word(c["subject"], "Sofia") and not any(has_word(c["subject"], o) for o in others)
            and _login(c) == PRIYA and _due(c) == START)


@grader
def remote_setup() -> bool:
    """Remote hire: one welcome-package subtask (Nina, 2027-01-04) and no desk/badge/lunch subtask."""
    children = _children()
    c = _one(children, "welcome")
    who, due = ANSWER_ITEMS["welcome"]
    return (c is not None and _login(c) == who and _due(c) == due
            and not any(_item(x["subject"]) == "office" for x in children))


@grader
def nothing_extra() -> bool:
    """Every subtask is one of the seven items that apply, none twice (no finance or office item); only once the
    policy items are all there."""
    children = _children()
    items = [_item(c["subject"]) for c in children]
    wanted = set(POLICY_ITEMS) | set(ANSWER_ITEMS)
    return sorted(i or "?" for i in items) == sorted(wanted)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_priya())),
        Checkpoint(1, int(parent_ticket())),
        Checkpoint(1, int(policy_assignees())),
        Checkpoint(1, int(policy_dates())),
        Checkpoint(1, int(buddy())),
        Checkpoint(1, int(remote_setup())),
        Checkpoint(1, int(nothing_extra())),
    ])
