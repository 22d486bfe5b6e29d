"""Grades review-webhook-retries-branch: the Bug tickets kai.morgan filed about Aisha's branch and the summary
comment on the retry ticket.

Planted in feature/webhook-retries (hooks/populate_data.py, intake_api/webhooks.py, WebhookDispatcher.deliver):
(A) 4xx answers are retried like 5xx; (B) the delivery gives up after the 30-minute retry, so the 120-minute one
never happens (and the branch's own test encodes it); (C) a timeout is not retried, the delivery fails at once.
Not a bug: the delays 1, 5, 30, 120 minutes are the spec even though the ticket's title says "exponential".

Each ticket (subject + description) is judged per defect; offline, the subject decides (it must name the defect's
own symptom) and the description must say where (webhooks.py / deliver) and give a concrete example (a status
code or minutes). A ticket counts for a defect only when it is about that defect alone.
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
RETRY_TICKET = "Retry failed webhook deliveries with exponential backoff"
OWNER = "aisha.bello"

PREDICATES = {
    "A": ("The ticket reports, as its problem, that the webhook delivery code retries deliveries that got a 4xx "
          "(client error) answer, although 4xx answers must not be retried."),
    "B": ("The ticket reports, as its problem, that a failing delivery gives up too early: after the retries at 1, "
          "5 and 30 minutes it stops, so the retry after 120 minutes never happens."),
    "C": ("The ticket reports, as its problem, that a delivery that times out is not retried (it is marked failed "
          "at once), although timeouts must be retried like 5xx answers."),
}
SUBJECT_PATTERNS = {
    "A": re.compile(r"\b4xx\b|\b4\d\d\b|client[- ]error", re.IGNORECASE),
    "B": re.compile(r"\b120\b|two hours|2 ?h(ours?)?\b|fourth|4th|last retry|final retry|three retries|3 retries|"
                    r"gives? up (too )?early|too early|one retry short|off[- ]by[- ]one",
                    re.IGNORECASE),
    "C": re.compile(r"time[ -]?outs?|timed out|TimeoutError", re.IGNORECASE),
}
WHERE = re.compile(r"webhooks\.py|deliver\(|WebhookDispatcher|\bdeliver\b", re.IGNORECASE)
EXAMPLE = re.compile(r"\b[1-5]\d\d\b|\b\d+\s*(min(ute)?s?|h(ours?)?)\b", re.IGNORECASE)
TICKET_REF = re.compile(r"(?:#|issues/|\b(?:ticket|issue)\s*#?)(\d+)\b", re.IGNORECASE)


def _content(issue: Issue) -> str:
    return f"Subject: {issue.subject}\n\n{issue.description}"


def _fallback(defect: str):
    def check(content: str) -> bool:
        subject, _, description = content.partition("\n\n")
        return (SUBJECT_PATTERNS[defect].search(subject) is not None
                and WHERE.search(description) is not None and EXAMPLE.search(description) is not None)
    return check


@cache
def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


@cache
def _kai_bugs() -> tuple[Issue, ...]:
    return tuple(i for i in _tracker().issues("fieldday", status="all") if i.author == EXAMINEE and i.tracker == "Bug")


@cache
def _defects_of(issue_id: int) -> frozenset[str]:
    issue = next(i for i in _kai_bugs() if i.id == issue_id)
    content = _content(issue)
    return frozenset(d for d in PREDICATES if llm_judge(content, PREDICATES[d], fallback=_fallback(d)))


def _ticket_for(defect: str) -> Issue | None:
    """The one kai Bug about ``defect``, if it is about nothing else and assigned to Aisha."""
    about = [i for i in _kai_bugs() if defect in _defects_of(i.id)]
    if len(about) != 1 or _defects_of(about[0].id) != {defect} or about[0].assignee != OWNER:
        return None
    return about[0]


@grader
def reports_4xx_retried() -> bool:
    return _ticket_for("A") is not None


@grader
def reports_missing_last_retry() -> bool:
    return _ticket_for("B") is not None


@grader
def reports_timeout_not_retried() -> bool:
    return _ticket_for("C") is not None


@grader
def no_false_or_mixed_reports() -> bool:
    """At least two Bug tickets, each about exactly one of the planted defects (no decoy, no catch-all)."""
    bugs = _kai_bugs()
    return len(bugs) >= 2 and all(len(_defects_of(i.id)) == 1 for i in bugs)


@grader
def summary_on_retry_ticket() -> bool:
    """kai's comments on the retry ticket name exactly the three defect tickets."""
    tickets = [_ticket_for(d) for d in PREDICATES]
    if any(t is None for t in tickets):
        return False
    retry = _tracker().find_issue("fieldday", RETRY_TICKET)
    if retry is None:
        return False
    text = "\n".join(c.text for c in retry.comments if c.author == EXAMINEE)
    refs = {int(n) for n in TICKET_REF.findall(text)} - {retry.id}
    return refs == {t.id for t in tickets if t is not None}


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(reports_4xx_retried())),
        Checkpoint(1, int(reports_missing_last_retry())),
        Checkpoint(1, int(reports_timeout_not_retried())),
        Checkpoint(1, int(no_false_or_mixed_reports())),
        Checkpoint(1, int(summary_on_retry_ticket())),
    ])
