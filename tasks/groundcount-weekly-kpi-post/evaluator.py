"""Grades the weekly Groundcount KPI post from the chat: the DM to Elena and kai.morgan's #data post."""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.chat import ChatSession, login

EXAMINEE = "kai.morgan"
DEFINER = "elena.popescu"
CHANNEL = "data"
NUMBER = re.compile(r"[-+\u2212]?\d+(?:\.\d+)?")

_cache: dict[str, object] = {}


def _session() -> ChatSession:
    if "chat" not in _cache:
        _cache["chat"] = login(*admin())
    session = _cache["chat"]
    assert isinstance(session, ChatSession)
    return session


def _post() -> str:
    """Everything kai.morgan wrote in #data (normally one message)."""
    if "post" not in _cache:
        messages = _session().channel_messages(CHANNEL)
        _cache["post"] = "\n".join(m.body for m in messages if m.sender == EXAMINEE)
    post = _cache["post"]
    assert isinstance(post, str)
    return post


def _numbers(text: str) -> list[float]:
    text = re.sub(r"\d{4}-W\d{2}|\bW\d{2}\b", " ", text)  # week labels are not numbers
    return [float(n.replace("\u2212", "-")) for n in NUMBER.findall(text)]


def _has(numbers: list[float], value: float, tolerance: float) -> bool:
    return any(abs(n - value) <= tolerance for n in numbers)


@grader
def asked_elena() -> bool:
    return DEFINER in _session().contacted_people(EXAMINEE)


@grader
def slow_share_correct() -> bool:
    numbers = _numbers(_post())
    return _has(numbers, 16.33, 0.06) and _has(numbers, 11.17, 0.06)


@grader
def totals_correct() -> bool:
    numbers = _numbers(_post())
    return (_has(numbers, 709, 0) and _has(numbers, 679, 0) and _has(numbers, 4.42, 0.05)
            and _has(numbers, 49, 0))


def _readable_summary(text: str) -> bool:
    """Offline stand-in for the judge: a short post about W46 vs W45 that names the new metric."""
    lowered = text.lower()
    weeks = ("w46" in lowered or "week 46" in lowered) and ("w45" in lowered or "week 45" in lowered)
    return (weeks and "slow" in lowered and "%" in text and 0 < len(text) <= 1500
            and len(text.strip().splitlines()) <= 20)


@grader
def summary_judged() -> bool:
    post = _post()
    if not post.strip():
        return False
    predicate = (
        "This is a concise, readable weekly KPI summary posted in a data team's chat channel for "
        "Groundcount week 2026-W46, compared with week 2026-W45. It reports total jobs, the number of "
        "published groups and a metric called the slow-booking share, and says in a few words what "
        "the slow-booking share measures. It is a short chat post, not a raw data dump."
    )
    return llm_judge(post, predicate, fallback=_readable_summary)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_elena())),
        Checkpoint(1, int(slow_share_correct())),
        Checkpoint(1, int(totals_correct())),
        Checkpoint(1, int(summary_judged())),
    ])
