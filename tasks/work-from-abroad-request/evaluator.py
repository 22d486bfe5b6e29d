"""Grades the work-from-abroad answer: Kai's reply to Ben in chat and the approval request in people-ops."""

from __future__ import annotations

from datetime import date

from grading import Checkpoint, Result, admin, grader
from grading.answers import exactly_one, has_word, is_about, labelled_values, one_answer, says
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient
from grading.reading import dates

EXAMINEE = "kai.morgan"
BEN = "ben.kowalski"
RACHEL = "rachel.kim"
TOTAL_DAYS = 11  # 3 (Merida, March) + 3 (Toronto, June) + 5 (Gdansk); the cancelled Montreal trip does not count
FIRST_DAY, LAST_DAY = date(2026, 12, 14), date(2026, 12, 18)
NEEDS_APPROVAL = (
    "need approval", "needs approval", "need hr approval", "needs hr approval", "need rachel's approval",
    "needs rachel's approval", "need hr's approval", "needs hr's approval", "requires approval",
    "require approval", "requires hr approval", "requires rachel's approval", "approval is required",
    "approval is needed", "approval required", "approval needed", "needs to be approved", "need to be approved",
    "has to be approved", "must be approved", "needs approving", "needs sign-off", "need sign-off",
    "needs a sign-off", "needs her sign-off", "needs to be signed off", "need to get approval",
    "need to get it approved", "needs hr sign-off", "subject to approval", "requires hr's approval",
)


def _reply_to_ben() -> str:
    with login(*admin()) as chat:
        messages = chat.direct_messages(BEN, username=EXAMINEE)
    asked = [m.timestamp for m in messages if m.sender == BEN]
    if not asked:
        return ""
    return "\n".join(m.body for m in messages if m.sender == EXAMINEE and m.timestamp > min(asked))


@grader
def ben_answered() -> bool:
    """Approval is needed (said, never denied) and it comes from HR / Rachel."""
    text = _reply_to_ben()
    return (says(text, *NEEDS_APPROVAL) and not says(text, *NEEDS_APPROVAL, negated=True)
            and is_about(text, "Rachel", "HR", "People Operations", "Head of People"))


def _about_ben(issue: Issue) -> bool:
    text = f"{issue.subject}\n{issue.description}"
    return has_word(text, "Ben Kowalski") or (has_word(text, "Ben") and has_word(text, "Kowalski"))


def _request() -> Issue | None:
    """The one people-ops ticket Kai opened about Ben's trip (None when none or several)."""
    tracker = TrackerClient(*admin())
    issues = [i for i in tracker.issues("people-ops", status="all") if i.author == EXAMINEE]
    return exactly_one(issues, _about_ben)


@grader
def request_filed() -> bool:
    issue = _request()
    if issue is None or issue.assignee != RACHEL:
        return False
    written = set(dates(f"{issue.subject}\n{issue.description}", after=date(2026, 11, 20)))
    return FIRST_DAY in written and LAST_DAY in written


@grader
def request_total_right() -> bool:
    issue = _request()
    if issue is None:
        return False
    values = labelled_values(issue.description, "total working days", "total days")
    return bool(values) and all(one_answer(v, TOTAL_DAYS, tolerance=0) for v in values)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(ben_answered())),
        Checkpoint(1, int(request_filed())),
        Checkpoint(1, int(request_total_right())),
    ])
