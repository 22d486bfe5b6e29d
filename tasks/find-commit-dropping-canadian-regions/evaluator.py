"""Grades find-commit-dropping-canadian-regions from Kai's direct messages to Maya.

The answer: groundcount-etl commit "Normalise US state names to postal codes" (Raj Iyer, 2026-09-28).
Before it, normalise_region() accepted any two-letter alphabetic code, so "MB" was kept; since then only
US state codes and names are accepted, so Canadian provinces are rejected as "unknown region".
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge
from grading.clients.chat import login
from grading.clients.git import GitClient

EXAMINEE = "kai.morgan"
ASKER = "maya.johnson"
REPO = "groundcount-etl"
CULPRIT_SUBJECT = "Normalise US state names to postal codes"
HEX = re.compile(r"\b[0-9a-f]{7,40}\b", re.IGNORECASE)
DATE = re.compile(r"2026-09-28|\b0?9/28\b|\bsep(?:t(?:ember)?)?\.? 28\b|\b28(?:th)? sep", re.IGNORECASE)

PREDICATE = (
    "The message explains the behaviour change: before the commit, region normalisation accepted any "
    "two-letter alphabetic code (so a Canadian code such as MB was kept as a region), and since the commit "
    "only US state codes or US state names are accepted, so Canadian provinces are dropped as unknown regions."
)


def fallback(text: str) -> bool:
    return all(re.search(p, text, re.IGNORECASE) for p in (
        r"two[- ]letter|2[- ]letter|any (?:two|2)|two[- ]character|2[- ]char",
        r"\bUS\b|U\.S\.|united states|states?\b",
        r"\bMB\b|manitoba|canad|province",
    ))


@cache
def _shas() -> tuple[str, list[str]]:
    """The culprit's sha and the shas of every other commit of the repository."""
    git = GitClient(*admin())
    commits = {c.sha: c for b in git.branches(REPO) for c in git.log(REPO, b.name, n=100)}
    culprit = [sha for sha, c in commits.items() if c.subject == CULPRIT_SUBJECT]
    if len(culprit) != 1:
        raise LookupError("culprit commit not found")
    return culprit[0], [sha for sha in commits if sha != culprit[0]]


@cache
def _answer() -> str:
    """Everything Kai wrote to Maya in direct messages."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(ASKER)
    return "\n\n".join(m.body for m in messages if m.sender == EXAMINEE)


def _mentions(text: str, sha: str) -> bool:
    return any(sha.startswith(token.lower()) for token in HEX.findall(text))


@grader
def names_the_commit() -> bool:
    """The culprit's id (7+ hex digits) is in the answer, and at most one other commit id."""
    text = _answer()
    culprit, others = _shas()
    return _mentions(text, culprit) and sum(_mentions(text, sha) for sha in others) <= 1


@grader
def names_author_and_date() -> bool:
    text = _answer()
    return bool(re.search(r"\braj\b", text, re.IGNORECASE) and DATE.search(text))


@grader
def explains_the_change() -> bool:
    text = _answer()
    return bool(text) and llm_judge(text, PREDICATE, fallback=fallback)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(names_the_commit())),
        Checkpoint(1, int(names_author_and_date())),
        Checkpoint(1, int(explains_the_change())),
    ])
