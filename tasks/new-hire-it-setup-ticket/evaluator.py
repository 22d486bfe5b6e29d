"""Grades Lucia Romero's IT request: parent ticket, subtasks, Bitwarden blocker, Felix and Jordan informed."""

import re
from typing import Any

import requests

from grading import Checkpoint, Result, admin, grader
from grading.answers import has_word
from grading.clients.chat import login
from grading.endpoints import Endpoints

EXAMINEE = "kai.morgan"
DUE = "2026-12-11"  # last working day before Monday 2026-12-14
ONBOARDING = "Onboarding: Lucia Romero, Customer Success Specialist (start 2026-12-14)"
SEATS = "Add 3 Bitwarden seats"


def _item(subject: str) -> str | None:
    """Which checklist item a subtask subject is about (None: not a checklist item)."""
    s = subject.lower()
    if "git" in s:
        return "git"
    if "laptop" in s:
        return "laptop-engineering" if re.search(r"engineering|32", s) else "laptop-standard"
    for key, pattern in (("bitwarden", r"bitwarden"), ("badge", r"badge"), ("vpn", r"\bvpn\b"),
                         ("email", r"e-?mail"), ("accounts", r"account")):
        if re.search(pattern, s):
            return key
    return None


EXPECTED = ["accounts", "email", "bitwarden", "laptop-standard", "badge", "vpn"]


def _get(path: str, **params: Any) -> Any:
    response = requests.get(Endpoints().url("tracker") + path, params=params, auth=admin(), timeout=30)
    response.raise_for_status()
    return response.json()


def _issues(project: str) -> list[dict[str, Any]]:
    return _get("/issues.json", project_id=project, status_id="*", limit=100)["issues"]


_CLOSED = ("Closed", "Rejected")


def _candidates(issues: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Open top-level it-ops tickets about Lucia Romero (a duplicate closed or rejected does not count)."""
    return [i for i in issues if has_word(i["subject"], "Lucia Romero") and "parent" not in i
            and i["status"]["name"] not in _CLOSED and not i["status"].get("is_closed", False)]


def _parent() -> dict[str, Any] | None:
    """The top-level it-ops ticket about Lucia Romero with the most subtasks (then the newest)."""
    issues = _issues("it-ops")
    found = _candidates(issues)

    def rank(issue: dict[str, Any]) -> tuple[int, int]:
        return sum(i.get("parent", {}).get("id") == issue["id"] for i in issues), issue["id"]

    return max(found, key=rank) if found else None


def _children(parent_id: int) -> list[dict[str, Any]]:
    return [i for i in _issues("it-ops") if i.get("parent", {}).get("id") == parent_id]


def _felix(issue: dict[str, Any]) -> bool:
    return issue.get("assigned_to", {}).get("id") == _get("/users/current.json")["user"]["id"]


@grader
def parent_ticket() -> bool:
    """Exactly one open parent ticket for Lucia (two are two answers), with the start date, Felix, the due date."""
    parents = _candidates(_issues("it-ops"))
    if len(parents) != 1:
        return False
    parent = parents[0]
    return "2026-12-14" in parent["subject"] and _felix(parent) and parent.get("due_date") == DUE


@grader
def subtasks() -> int:
    parent = _parent()
    if parent is None:
        return 0
    children = _children(parent["id"])
    if sorted(_item(c["subject"]) or "?" for c in children) != sorted(EXPECTED):
        return 0
    return 2 if all(_felix(c) and c.get("due_date") == DUE for c in children) else 1


def _blocked_pairs(issue_id: int) -> set[tuple[int, int]]:
    """(blocked issue, blocking issue) for every blocks/blocked relation of ``issue_id``."""
    pairs = set()
    for rel in _get(f"/issues/{issue_id}/relations.json")["relations"]:
        if rel["relation_type"] == "blocks":
            pairs.add((rel["issue_to_id"], rel["issue_id"]))
        elif rel["relation_type"] == "blocked":
            pairs.add((rel["issue_id"], rel["issue_to_id"]))
    return pairs


@grader
def bitwarden_blocked() -> bool:
    """The Bitwarden subtask, and only it, is blocked by the seat purchase, and by nothing else."""
    parent = _parent()
    seats = next(i for i in _issues("it-ops") if i["subject"] == SEATS)
    if parent is None:
        return False
    children = _children(parent["id"])
    bitwarden = [c["id"] for c in children if _item(c["subject"]) == "bitwarden"]
    if len(bitwarden) != 1:
        return False
    ids = {c["id"] for c in children}
    pairs = set().union(*(_blocked_pairs(c) for c in ids))
    return {p for p in pairs if p[0] in ids} == {(bitwarden[0], seats["id"])}


_REFERENCE = re.compile(r"#\s?(\d+)|\bissues/(\d+)|\b(?:ticket|issue|request)\s+(?:no\.?\s*|number\s+|nr\.?\s*)?"
                        r"#?(\d+)(?![\d-])", re.IGNORECASE)


def references(text: str) -> set[int]:
    """The ticket numbers a text refers to: "#57", "issues/57", "ticket 57", "issue no. 57"."""
    return {int(next(g for g in m.groups() if g)) for m in _REFERENCE.finditer(text)}


def _points_to(text: str, parent: int, allowed: set[int]) -> bool:
    """``text`` refers to the parent ticket and to no ticket but the related ones (``allowed``)."""
    found = references(text)
    return parent in found and found <= allowed | {parent}


@grader
def felix_and_jordan_told() -> bool:
    parent = _parent()
    if parent is None:
        return False
    seats = next(i for i in _issues("it-ops") if i["subject"] == SEATS)
    onboarding = next(i for i in _issues("people-ops") if i["subject"] == ONBOARDING)
    allowed = {c["id"] for c in _children(parent["id"])} | {seats["id"], onboarding["id"]}
    with login(*admin()) as chat:
        to_felix = "\n".join(m.body for m in chat.direct_messages("felix.wagner", username=EXAMINEE)
                             if m.sender == EXAMINEE)
    journals = _get(f"/issues/{onboarding['id']}.json", include="journals")["issue"]["journals"]
    noted = "\n".join(j.get("notes") or "" for j in journals if j["user"]["name"] == "Kai Morgan")
    return _points_to(to_felix, parent["id"], allowed) and _points_to(noted, parent["id"], allowed)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(parent_ticket())),
        Checkpoint(2, int(subtasks())),
        Checkpoint(1, int(bitwarden_blocked())),
        Checkpoint(1, int(felix_and_jordan_told())),
    ])
