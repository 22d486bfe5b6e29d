"""Grades triage-intake-evening-bug from the tracker (the new bug) and chat (the ticket number for Omar).

The report (hooks/populate_data.py, #product): evening same-day requests to the Intake API fail with
"must be between today and 90 days ahead" (the API takes "today" in UTC). Owner of intake-api: Aisha Bello.
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
OWNER = "aisha.bello"
REPORTER = "omar.haddad"
PROJECT = "fieldday"

PREDICATE = (
    "This is a well-formed bug ticket about the Intake API rejecting same-day job requests submitted in the "
    "evening: the subject names the specific symptom; the description has numbered steps to reproduce "
    "(including the evening time and a preferred_date of the same day), the expected result and the actual "
    "result with the error message, and who is affected (Bright Pixel / Greenway Plumbing customers)."
)


@cache
def _new_bugs() -> list[Issue]:
    """Issues of the FieldDay project opened by the examinee."""
    tracker = TrackerClient(*admin())
    return [i for i in tracker.issues(PROJECT, status="all") if i.author == EXAMINEE]


def _ticket_text(issue: Issue) -> str:
    return f"Subject: {issue.subject}\n\n{issue.description}"


def fallback(text: str) -> bool:
    subject = text.split("\n", 1)[0]
    checks = [
        re.search(r"preferred.?date|same.?day|evening|today|time ?zone|utc", subject, re.IGNORECASE),
        len(re.findall(r"(?m)^\s*(?:\*\*)?\d+[.)]", text)) >= 2,
        re.search(r"expected", text, re.IGNORECASE),
        re.search(r"actual", text, re.IGNORECASE),
        re.search(r"between today and 90 days", text, re.IGNORECASE),
        re.search(r"bright pixel|greenway", text, re.IGNORECASE),
    ]
    return all(checks)


def _assigned_bugs() -> list[Issue]:
    return [i for i in _new_bugs() if i.tracker == "Bug" and i.assignee == OWNER]


@grader
def bug_filed_and_assigned() -> bool:
    """The examinee opened a Bug in FieldDay assigned to the intake-api owner."""
    return bool(_assigned_bugs())


@grader
def bug_well_formed() -> bool:
    return any(llm_judge(_ticket_text(i), PREDICATE, fallback=fallback) for i in _assigned_bugs())


@grader
def reporter_told_ticket_number() -> bool:
    """In #product (or a DM to Omar) the examinee gave the number of a bug they opened."""
    ids = [i.id for i in _new_bugs()]
    if not ids:
        return False
    with login(*examinee()) as chat:
        messages = chat.channel_messages("product") + chat.direct_messages(REPORTER)
    texts = [m.body for m in messages if m.sender == EXAMINEE]
    return any(re.search(rf"#{i}\b|issues/{i}\b", t) for t in texts for i in ids)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(bug_filed_and_assigned())),
        Checkpoint(1, int(bug_well_formed())),
        Checkpoint(1, int(reporter_told_ticket_number())),
    ])
