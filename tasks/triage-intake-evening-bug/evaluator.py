"""Grades triage-intake-evening-bug from the tracker (the new bug) and chat (the ticket number for Omar).

The report (hooks/populate_data.py, #product): evening same-day requests to the Intake API fail with
"must be between today and 90 days ahead" (the API takes "today" in UTC). Owner of intake-api: Aisha Bello.

One ticket is asked for: every checkpoint grades the one issue the examinee opened and left open (any project);
several open issues (duplicates, one per engineer) fail them all. Private helpers here (not in grading.answers):
``_part`` (a labelled part of the write-up, also "Expected 201 ..." without a separator) and ``_ticket_refs``
(ticket numbers written in a message).
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge
from grading.answers import labelled_values, says, sentences
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
    "result with the error message, and who is affected (Bright Pixel / Greenway Plumbing customers). It is a "
    "real write-up, not a list of keywords."
)
SYMPTOM = re.compile(r"reject|refus|\b400\b|error|fail|invalid|denied|not\s+accepted|blocked|broken|can'?t|cannot"
                     r"|unable|validation", re.IGNORECASE)
CONDITION = re.compile(r"evening|night|after\s+\d|\d\s*(?:pm|p\.m\.)|same[\s-]?(?:day|date)|today|current\s+date"
                       r"|preferred[\s_]?date|utc|time\s?zone", re.IGNORECASE)
EVENING = re.compile(r"evening|night|after\s+(?:business\s+hours|(?:6|7|8)(?::\d\d)?\s*(?:pm|p\.m\.)?|1[89]:?\d\d)"
                     r"|\b(?:[6-9]|1[01])(?::\d\d)?\s*(?:pm|p\.m\.)|\b(?:1[89]|2[0-3]):\d\d"
                     r"|(?:next|following)\s+day\s+in\s+UTC|already\s+tomorrow", re.IGNORECASE)
SAME_DAY = re.compile(r"same[\s-]?(?:day|date)|that\s+(?:same\s+)?(?:day|date)|today|current\s+date|2026-11-18"
                      r"|\b11[-/]18\b|nov(?:ember)?\.?\s+18", re.IGNORECASE)
SUCCESS = ("201", "200", "created", "accepted", "accept", "accepts", "succeeds", "success", "successful", "works",
           "goes through", "booked", "is valid", "no error", "allowed")
STEP = re.compile(r"^\s*(?:[-*]\s+)?(?:\*\*)?(?:step\s+)?\d{1,2}[.):](?:\*\*)?\s+(.+)$", re.IGNORECASE | re.MULTILINE)


@cache
def _open_issues() -> tuple[Issue, ...]:
    """Issues the examinee opened, in any project, that are not closed."""
    tracker = TrackerClient(*admin())
    return tuple(i for p in tracker.projects() for i in tracker.issues(p.identifier, status="all")
                 if i.author == EXAMINEE and not i.is_closed)


def _ticket() -> Issue | None:
    """The one ticket the examinee filed (None when none or several are open)."""
    issues = {i.id: i for i in _open_issues()}  # subprojects list an issue twice
    return next(iter(issues.values())) if len(issues) == 1 else None


def _ticket_text(issue: Issue) -> str:
    return f"Subject: {issue.subject}\n\n{issue.description}"


def _part(text: str, *labels: str) -> str:
    """The write-up's part labelled with one of ``labels`` ("**Expected:** ...", a "### Expected result" block,
    or a sentence opening with the label, as in "Expected 201, ...")."""
    values = labelled_values(text, *labels)
    if values:
        return values[0]
    for sentence in sentences(text):
        if re.match(rf"^(?:{'|'.join(re.escape(label) for label in labels)})\b", sentence, re.IGNORECASE):
            return sentence
    return ""


def fallback(text: str) -> bool:
    """The judge's question asked deterministically: a specific subject; at least two numbered steps that include
    the evening time and a same-day preferred_date; an expected part that says the request succeeds; an actual part
    with the error message; the partner or its customers named."""
    subject, _, description = text.partition("\n")
    subject = subject.removeprefix("Subject:").strip()
    steps = [m.group(1) for m in STEP.finditer(description)]
    steps_text = "\n".join(steps)
    expected = _part(description, "expected", "expected result", "expected behaviour", "expected behavior",
                     "expected outcome")
    actual = _part(description, "actual", "actual result", "actual behaviour", "actual behavior", "observed",
                   "actual outcome")
    checks = [
        SYMPTOM.search(subject) is not None and CONDITION.search(subject) is not None,
        len(steps) >= 2 and EVENING.search(steps_text) is not None and SAME_DAY.search(steps_text) is not None,
        says(expected, *SUCCESS),
        re.search(r"between\s+today\s+and\s+90\s+days", actual, re.IGNORECASE) is not None,
        re.search(r"bright\s*pixel|greenway", description, re.IGNORECASE) is not None,
    ]
    return all(checks)


@grader
def bug_filed_and_assigned() -> bool:
    """The examinee's one open ticket is a Bug in FieldDay assigned to the intake-api owner."""
    ticket = _ticket()
    return ticket is not None and ticket.project == PROJECT and ticket.tracker == "Bug" and ticket.assignee == OWNER


@grader
def bug_well_formed() -> bool:
    ticket = _ticket()
    return ticket is not None and llm_judge(_ticket_text(ticket), PREDICATE, fallback=fallback)


def _ticket_refs(text: str) -> set[int]:
    """Ticket numbers written in a message: ``#51``, ``.../issues/51``, ``ticket 51``, ``issue #51``, ``bug no. 51``."""
    pattern = re.compile(r"(?:(?<![\w&])#|issues/|\b(?:issue|ticket|bug|number|no\.)\s*(?:#|no\.?\s*|number\s*)?)"
                         r"(\d{1,6})\b", re.IGNORECASE)
    return {int(n) for n in pattern.findall(text)}


@grader
def reporter_told_ticket_number() -> bool:
    """In #product (or a DM to Omar) the examinee gave the ticket's number, and no other ticket number."""
    ticket = _ticket()
    if ticket is None:
        return False
    with login(*examinee()) as chat:
        messages = chat.channel_messages("product") + chat.direct_messages(REPORTER)
    refs = set().union(*(_ticket_refs(m.body) for m in messages if m.sender == EXAMINEE))
    return refs == {ticket.id}


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(bug_filed_and_assigned())),
        Checkpoint(1, int(bug_well_formed())),
        Checkpoint(1, int(reporter_told_ticket_number())),
    ])
