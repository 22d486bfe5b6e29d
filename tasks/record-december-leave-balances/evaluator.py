"""Grades the year-end PTO update: the new balances file, the comments on the approved requests, and which
requests were closed.

Answer key (hook; leave days = business days that are not company holidays):
Aisha 11-23..11-27 = 3 (11-26 and 11-27 are holidays) and 12-28..12-30 = 3: 12.0 -> 6.0; Tomas 11-30 = 1:
20.0 -> 19.0; Ben 12-03..12-08 = 4 (a weekend inside): 8.0 -> 4.0; Chloe 12-21..12-31 = 6 (12-24, 12-25, 12-31
holidays, a weekend): 15.5 -> 9.5. Not deducted: Sofia (New, waiting), Marcus (Rejected), Priya (no request).
"""

import csv
import io
import re

from grading import Checkpoint, Result, admin, grader
from grading.answers import parse_amount, same_amount
from grading.clients.files import FilesClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
PROJECT = "people-ops"
NEW_FILE = "HR/Leave/PTO_Balances_2026-12-31.csv"
BALANCES = {"aisha.bello": 6.0, "ben.kowalski": 4.0, "chloe.tran": 9.5, "marcus.webb": 10.0,
            "priya.natarajan": 14.0, "sofia.alvarez": 7.0, "tomas.lindqvist": 19.0}
PLAIN = ("ben.kowalski", "tomas.lindqvist", "marcus.webb", "sofia.alvarez", "priya.natarajan")
WITH_HOLIDAYS = ("aisha.bello", "chloe.tran")
OLD = {"aisha.bello": 12.0, "ben.kowalski": 8.0, "chloe.tran": 15.5, "tomas.lindqvist": 20.0}
APPROVED = {  # subject: leave days
    "Leave request: Aisha Bello, 2026-11-23 to 2026-11-27": 3,
    "Leave request: Tomas Lindqvist, 2026-11-30": 1,
    "Leave request: Ben Kowalski, 2026-12-03 to 2026-12-08": 4,
    "Leave request: Chloe Tran, 2026-12-21 to 2026-12-31": 6,
    "Leave request: Aisha Bello, 2026-12-28 to 2026-12-30": 3,
}
NOT_APPROVED = ("Leave request: Sofia Alvarez, 2026-12-10 to 2026-12-11",
                "Leave request: Marcus Webb, 2026-12-14 to 2026-12-18")
DAYS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:business\s+|working\s+|leave\s+|pto\s+)?days?\b", re.IGNORECASE)


def _person(row: dict[str, str]) -> str | None:
    text = " ".join(row.values()).lower()
    found = [u for u in BALANCES if u in text or u.replace(".", " ") in text]
    return found[0] if len(found) == 1 else None


def _balances() -> dict[str, float | None] | None:
    """Username -> the balance cell's amount, when every person has exactly one row; else None."""
    text = FilesClient(*admin()).download_text(NEW_FILE)
    rows = [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))]
    column = next((k for k in (rows[0] if rows else {}) if "balance" in k), None)
    if column is None:
        return None
    found: dict[str, list[float | None]] = {}
    for row in rows:
        person = _person({k: v for k, v in row.items() if k != column})
        if person is None:
            return None
        found.setdefault(person, []).append(parse_amount(row[column]))
    if sorted(found) != sorted(BALANCES) or any(len(v) != 1 for v in found.values()):
        return None
    return {person: values[0] for person, values in found.items()}


@grader
def file_complete() -> bool:
    """The new file has a balance column and exactly one row per person of the old one."""
    return _balances() is not None


@grader
def balances_right(people: tuple[str, ...]) -> bool:
    found = _balances()
    return found is not None and all((v := found[p]) is not None and same_amount(v, BALANCES[p], tolerance=0.01)
                                     for p in people)


def _issue(subject: str) -> Issue:
    tracker = TrackerClient(*admin())
    found = tracker.find_issue(PROJECT, subject)
    if found is None:
        raise AssertionError(f"the request {subject!r} is gone")
    return tracker.issue(found.id)


def _states_days(issue: Issue, days: int) -> bool:
    """A comment by Kai gives the deducted days; any other "N days" in it is one of the person's balances (before,
    after this request, or after all of theirs)."""
    username = issue.subject.split(": ", 1)[1].split(",")[0].lower().replace(" ", ".")
    for comment in issue.comments:
        if comment.author != EXAMINEE:
            continue
        stated = [float(n) for n in DAYS.findall(comment.text)]
        balances = {OLD[username], OLD[username] - days, BALANCES[username]}
        if stated and any(same_amount(n, days) for n in stated) and all(
                same_amount(n, days) or any(same_amount(n, b, tolerance=0.01) for b in balances) for n in stated):
            return True
    return False


@grader
def days_commented() -> bool:
    """Each approved request has Kai's comment stating its days."""
    return all(_states_days(_issue(subject), days) for subject, days in APPROVED.items())


@grader
def right_ones_closed() -> bool:
    """The approved requests are closed; the waiting one is still open and the rejected one still Rejected.
    Only when at least one approved request was commented (so closing alone earns nothing)."""
    approved = [_issue(s) for s in APPROVED]
    waiting, rejected = (_issue(s) for s in NOT_APPROVED)
    commented = any(c.author == EXAMINEE for issue in approved for c in issue.comments)
    return (commented and all(i.is_closed for i in approved) and not waiting.is_closed
            and rejected.status == "Rejected")


def grade_checkpoints(trajectory=""):
    complete = file_complete()
    return Result([
        Checkpoint(1, int(complete)),
        Checkpoint(1, int(complete and balances_right(PLAIN))),
        Checkpoint(1, int(complete and balances_right(WITH_HOLIDAYS))),
        Checkpoint(1, int(days_commented())),
        Checkpoint(1, int(right_ones_closed())),
    ])
