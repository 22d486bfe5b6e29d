"""Grades the PTO carry-over reminders: Kai's direct messages, the report to Rachel, the tracker ticket."""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
TICKET = "Reminder: PTO carry-over limit before year end"

_NUM_BEFORE = r"(?<![\d.,:/-])"
_NUM_AFTER = r"(?![\d:/-]|[.,]\d|\s*(?:and a half|1/2|½))"


def _whole(n: int, word: str) -> str:
    return rf"{_NUM_BEFORE}{n}(?:\.0+)?{_NUM_AFTER}|\b{word}\b(?! and a half)"


def _half(n: int, word: str) -> str:
    return rf"{_NUM_BEFORE}{n}(?:[.,]5|½| 1/2| and a half)(?!\d)|\b{word} and a half\b"


# people with more than 5 days left after approved leave -> pattern of their number of days
OVER: dict[str, str] = {
    "victor.mendes": _whole(9, "nine"),
    "felix.wagner": _whole(11, "eleven"),
    "aisha.bello": _half(7, "seven"),
    "raj.iyer": _half(6, "six"),
    "chloe.tran": _whole(6, "six"),
}
SURNAMES = ["Mendes", "Wagner", "Bello", "Iyer", "Tran"]
# everyone else in the balance file (5 days or fewer), except Rachel herself and Kai
NOT_OVER = ["daniel.reyes", "margaret.okafor", "tomas.lindqvist", "hannah.brooks", "nina.petrova",
            "priya.natarajan", "grace.liu", "ben.kowalski", "elena.popescu", "marcus.webb", "sofia.alvarez",
            "lena.fischer", "omar.haddad", "jordan.ellis", "maya.johnson", "samuel.osei"]
REMINDER = re.compile(r"\bPTO\b|carr(y|ies|ied)[ -]?over|paid time off|vacation|days? (left|remaining)|unused",
                      re.IGNORECASE)

_cache: dict[str, dict[str, str]] = {}


def kai_dms() -> dict[str, str]:
    """partner username -> text of everything Kai wrote to them in direct conversations."""
    if "dms" not in _cache:
        found: dict[str, list[str]] = {}
        with login(*examinee()) as chat:
            for room_id in chat.joined_rooms():
                partner = chat.dm_partner(room_id)
                if partner is None:
                    continue
                mine = [m.body for m in chat.room_messages(room_id) if m.sender == EXAMINEE]
                found.setdefault(partner, []).extend(mine)
        _cache["dms"] = {p: "\n".join(texts) for p, texts in found.items()}
    return _cache["dms"]


def _reminded(username: str) -> bool:
    return bool(REMINDER.search(kai_dms().get(username, "")))


@grader
def reminders_points() -> int:
    dms = kai_dms()
    correct = sum(1 for user, days in OVER.items()
                  if _reminded(user) and re.search(days, dms.get(user, ""), re.IGNORECASE))
    return 2 if correct == 5 else 1 if correct >= 3 else 0


@grader
def nobody_else_reminded() -> bool:
    if not all(_reminded(user) for user in OVER):
        return False
    return not any(_reminded(user) for user in NOT_OVER)


@grader
def rachel_told() -> bool:
    text = kai_dms().get("rachel.kim", "")
    return all(name.lower() in text.lower() for name in SURNAMES)


@grader
def ticket_done() -> bool:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("people-ops", TICKET)
    if issue is None or issue.status not in ("Resolved", "Closed"):
        return False
    notes = "\n".join(c.text for c in issue.comments if c.author == EXAMINEE).lower()
    return all(name.lower() in notes for name in SURNAMES)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(2, int(reminders_points() or 0)),
        Checkpoint(1, int(nobody_else_reminded())),
        Checkpoint(1, int(rachel_told())),
        Checkpoint(1, int(ticket_done())),
    ])
