"""Grades the CEO status of FieldDay 4.13 from Kai's direct messages to Margaret Okafor."""

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.chat import login

EXAMINEE = "kai.morgan"
CEO = "margaret.okafor"


def _status_text() -> str:
    """Everything Kai wrote to Margaret in direct conversations, oldest first."""
    with login(*admin()) as chat:
        messages = chat.direct_messages(CEO, username=EXAMINEE)
    return "\n".join(m.body for m in messages if m.sender == EXAMINEE)


def _number_near(text: str, number: str, words: str, window: int = 60) -> bool:
    """``number`` (not part of a longer number or version like 4.13) within ``window`` chars of ``words``."""
    for match in re.finditer(rf"(?<![\d.]){number}(?!\d|\.\d)", text):
        around = text[max(0, match.start() - window): match.end() + window]
        if re.search(words, around, re.IGNORECASE):
            return True
    return False


def _facts(text: str) -> list[bool]:
    lowered = text.lower()
    overdue_line = any(
        re.search(r"\bci\b|runner", line) and "marcus" in line
        for line in lowered.splitlines() or [lowered]
    ) or (re.search(r"ci runner|ci-runner|runners", lowered) is not None and "marcus" in lowered
          and re.search(r"overdue|past (its |their )?due|late|behind", lowered) is not None)
    return [
        _number_near(text, "7", r"open"),
        _number_near(text, "4", r"not (yet )?started|\bnew\b|started|untouched|not begun"),
        bool(overdue_line),
        re.search(r"slot", lowered) is not None,
        re.search(r"12-08|12/0?8|dec(ember)?\.? 0?8\b|8 dec", lowered) is not None,
    ]


@grader
def status_sent() -> bool:
    return "4.13" in _status_text()


@grader
def facts_correct() -> int:
    found = sum(_facts(_status_text()))
    return 2 if found == 5 else 1 if found == 4 else 0


def _fallback(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return all(_facts(text)) and len(lines) <= 12 and len(text) <= 1500


@grader
def good_ceo_summary() -> bool:
    text = _status_text()
    if not text.strip():
        return False
    return llm_judge(
        text,
        "This is a short status message (a handful of lines) for the CEO about the FieldDay 4.13 release. "
        "It correctly says that 7 of the 4.13 tickets are open and 4 of them have not been started; that the "
        "only ticket past its due date is the CI runner migration owned by Marcus Webb; that the High-priority "
        "slot finder bug has no owner; and that the release is planned for 2026-12-08. It makes no false claims "
        "(for example, it does not call other tickets overdue).",
        fallback=_fallback,
    )


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(status_sent())),
        Checkpoint(2, int(facts_correct())),
        Checkpoint(1, int(good_ceo_summary())),
    ])
