"""Grades the 4.13 scope cut: which FieldDay tickets moved to 5.0, the WCAG exception checked with Lena, and
the new scope posted in #product.

Tickets are read through the REST API (administrator); chat through the administrator's session with the
examinee's view (DM with Lena, #product).
"""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import is_about
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient

PROJECT = "fieldday"
MOVE = {  # the 4.13 features not started yet (status New) that the decision moves to 5.0
    "Retry failed webhook deliveries with exponential backoff",
    "Dispatcher board: bulk-reschedule selected jobs",
    "Technician app: dark mode",
    "Customer notifications: SMS reminder 24 hours before the appointment",
}
EXCEPTION = "WCAG 2.1 AA: colour contrast of job status badges"  # stays: Greenway's audit on 12-14 (Lena)
STAY = {  # everything else that was in 4.13 after the hook
    EXCEPTION,
    "FieldDay 4.13 release checklist",
    "Slot finder never offers the last slot of a shift",
    "Partner webhooks for job status changes",
    "Dispatcher board: keyboard focus lost after drag-and-drop",
    "Move CI runners to the new build machines",
    "Travel buffer not applied before the first appointment of the day",
    "Intake API: webhook for cancelled bookings",
    "Job list: sorting by due date ignores the customer's time zone",
}
LENA = "lena.fischer"
DECISION_START = "Kai, could you move the tickets on the tracker"
TICKET = re.compile(r"(?<![\w&])#(\d+)\b|/issues/(\d+)|\b(?:ticket|issue)\s+(?:no\.?\s*|number\s*)?(\d+)\b", re.I)
MOVED_CUE = re.compile(r"\b(?:mov(?:e|ed|es|ing)|push(?:ed|ing)?|defer(?:red|ring)?|descop\w*|bump(?:ed)?|"
                       r"postpon\w*|slip(?:ped|s)?|out of 4\.13|(?:to|into|for|in|until) 5\.0)\b|(?:->|→)\s*5\.0", re.I)
STAY_CUE = re.compile(r"\b(?:stay(?:s|ing)?|kept|keep(?:s|ing)?|remain(?:s|ing)?|still in 4\.13|"
                      r"(?:left|kept) in|exception|ships? (?:in|with) 4\.13)\b", re.I)
WEAK_STAY_CUE = re.compile(r"\bin 4\.13\b", re.I)  # counts only in a clause with no other cue
NEGATED = re.compile(r"(?:\b(?:not|no|never)|n't)\s+(?:(?:be|being|been|get|getting|got|yet)\s+)?$", re.I)
CLAUSE = re.compile(r"[;,(]|\s[-–—]\s|(?<=[.!?])\s")


def issues_by_subject() -> dict[str, Issue]:
    found = TrackerClient(*admin()).issues(PROJECT, status="all")
    return {i.subject: i for i in found}


def _moved_count(issues: dict[str, Issue]) -> int:
    return sum(1 for s in MOVE if issues[s].version == "5.0")


# --- reading the summary ----------------------------------------------------------------------------------

def _cues(text: str) -> list[tuple[int, str]]:
    """(position, "moved" | "stays") for every cue in ``text``; a cue right after a negator is read as the
    opposite ("not moving", "isn't being moved" stay; "doesn't stay" moved). "in 4.13" counts only when the
    text has no other cue ("features in 4.13 moved to 5.0" is moved)."""
    found = []
    for pattern, kind, opposite in ((MOVED_CUE, "moved", "stays"), (STAY_CUE, "stays", "moved")):
        for match in pattern.finditer(text):
            negated = NEGATED.search(text[:match.start()]) is not None
            found.append((match.start(), opposite if negated else kind))
    if not found:
        found = [(m.start(), "stays") for m in WEAK_STAY_CUE.finditer(text)
                 if not NEGATED.search(text[:m.start()])]
    return sorted(found)


def _last_cue(text: str) -> str | None:
    cues = _cues(text)
    return cues[-1][1] if cues else None


def classify(text: str) -> dict[int, set[str]]:
    """Each ticket number cited, with what the summary says of it: every cue of its clause (a clause with both
    kinds is a hedge: both), else the last cue before it in its line, else the cue of the label before the
    line's first ticket ("Moved to 5.0: #4, #51"), else the cue of the last heading or label line above it."""
    result: dict[int, set[str]] = {}
    section: str | None = None
    for line in text.splitlines():
        cited = list(TICKET.finditer(line))
        if not cited:
            if line.strip():
                section = _last_cue(line) or section
            continue
        for found in cited:
            number = int(next(g for g in found.groups() if g))
            bounds = [0] + [m.end() for m in CLAUSE.finditer(line)] + [len(line)]
            start = max(b for b in bounds if b <= found.start())
            end = min(b for b in bounds if b > found.start())
            kinds = {kind for _, kind in _cues(line[start:end])}
            if not kinds:
                fallback = _last_cue(line[:found.start()]) or section
                kinds = {fallback} if fallback else set()
            if kinds:
                result.setdefault(number, set()).update(kinds)
    return result


def summary_right(text: str, issues: dict[str, Issue]) -> bool:
    kinds = classify(text)
    moved = {n for n, k in kinds.items() if k == {"moved"}}
    stays = {n for n, k in kinds.items() if k == {"stays"}}
    wanted = {issues[s].id for s in MOVE}
    return (moved == wanted and issues[EXCEPTION].id in stays
            and not any(len(k) > 1 for k in kinds.values()))


def kai_summary() -> str:
    """Kai's messages in #product after Hannah's request, joined."""
    kai = examinee().username
    with login(*admin()) as chat:
        messages = chat.channel_messages("product")
    starts = [i for i, m in enumerate(messages) if m.body.startswith(DECISION_START)]
    if not starts:
        raise AssertionError("Hannah's request is missing from #product")
    return "\n\n".join(m.body for m in messages[starts[-1] + 1:] if m.sender == kai)


# --- checkpoints ------------------------------------------------------------------------------------------

@grader
def unstarted_features_moved() -> int:
    issues = issues_by_subject()
    return 2 if _moved_count(issues) == len(MOVE) else 0


@grader
def wcag_kept() -> bool:
    issues = issues_by_subject()
    return _moved_count(issues) >= 1 and issues[EXCEPTION].version == "4.13"


@grader
def nothing_else_moved() -> bool:
    issues = issues_by_subject()
    return _moved_count(issues) >= 1 and all(issues[s].version == "4.13" for s in STAY - {EXCEPTION})


@grader
def asked_lena() -> bool:
    kai = examinee().username
    with login(*admin()) as chat:
        sent = [m.body for m in chat.direct_messages(LENA, username=kai) if m.sender == kai]
    return any(is_about(body, "WCAG", "contrast", "badge", "badges", "accessibility", "Greenway") for body in sent)


@grader
def scope_posted() -> bool:
    text = kai_summary()
    return bool(text) and summary_right(text, issues_by_subject())


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(2, int(unstarted_features_moved())),
        Checkpoint(1, int(wcag_kept())),
        Checkpoint(1, int(nothing_else_moved())),
        Checkpoint(1, int(asked_lena())),
        Checkpoint(1, int(scope_posted())),
    ])
