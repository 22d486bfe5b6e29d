"""Grades Lucia Romero's IT request: parent ticket, subtasks, Bitwarden blocker, Felix and Jordan informed."""

import re
from typing import Any

import requests

from grading import Checkpoint, Result, admin, grader
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


def _parent() -> dict[str, Any] | None:
    """The top-level it-ops ticket about Lucia Romero (with the most subtasks, then the newest)."""
    issues = _issues("it-ops")
    found = [i for i in issues if "lucia romero" in i["subject"].lower() and "parent" not in i]

    def rank(issue: dict[str, Any]) -> tuple[int, int]:
        return sum(i.get("parent", {}).get("id") == issue["id"] for i in issues), issue["id"]

    return max(found, key=rank) if found else None


def _children(parent_id: int) -> list[dict[str, Any]]:
    return [i for i in _issues("it-ops") if i.get("parent", {}).get("id") == parent_id]


def _felix(issue: dict[str, Any]) -> bool:
    return issue.get("assigned_to", {}).get("id") == _get("/users/current.json")["user"]["id"]


@grader
def parent_ticket() -> bool:
    parent = _parent()
    return (parent is not None and "2026-12-14" in parent["subject"] and _felix(parent)
            and parent.get("due_date") == DUE)


@grader
def subtasks() -> int:
    parent = _parent()
    if parent is None:
        return 0
    children = _children(parent["id"])
    if sorted(_item(c["subject"]) or "?" for c in children) != sorted(EXPECTED):
        return 0
    return 2 if all(_felix(c) and c.get("due_date") == DUE for c in children) else 1


@grader
def bitwarden_blocked() -> bool:
    parent = _parent()
    seats = next(i for i in _issues("it-ops") if i["subject"] == SEATS)
    if parent is None:
        return False
    for child in _children(parent["id"]):
        if _item(child["subject"]) != "bitwarden":
            continue
        for rel in _get(f"/issues/{child['id']}/relations.json")["relations"]:
            pair = (rel["issue_id"], rel["issue_to_id"], rel["relation_type"])
            if pair in ((seats["id"], child["id"], "blocks"), (child["id"], seats["id"], "blocked")):
                return True
    return False


@grader
def felix_and_jordan_told() -> bool:
    parent = _parent()
    if parent is None:
        return False
    ref = re.compile(rf"#{parent['id']}\b|issues/{parent['id']}\b")
    with login(*admin()) as chat:
        told_felix = any(m.sender == EXAMINEE and ref.search(m.body)
                         for m in chat.direct_messages("felix.wagner", username=EXAMINEE))
    onboarding = next(i for i in _issues("people-ops") if i["subject"] == ONBOARDING)
    journals = _get(f"/issues/{onboarding['id']}.json", include="journals")["issue"]["journals"]
    noted = any(j["user"]["name"] == "Kai Morgan" and ref.search(j.get("notes") or "") for j in journals)
    return told_felix and noted


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(parent_ticket())),
        Checkpoint(2, int(subtasks())),
        Checkpoint(1, int(bitwarden_blocked())),
        Checkpoint(1, int(felix_and_jordan_told())),
    ])
