"""Grades find-commit-dropping-canadian-regions from Kai's direct messages to Maya.

The answer: groundcount-etl commit "Normalise US state names to postal codes" (Raj Iyer, 2026-09-28).
Before it, normalise_region() accepted any two-letter alphabetic code, so "MB" was kept; since then only
US state codes and names are accepted, so Canadian provinces are rejected as "unknown region".

One answer per question: the messages must name exactly one commit of the repository (by id), and credit exactly
one commit with its author and date (a `git log` dump or a hedge between two commits names several).
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge
from grading.answers import has_word, is_negated, keyword_soup, sentences
from grading.clients.chat import login
from grading.clients.git import Commit, GitClient
from grading.reading import date_mentions

EXAMINEE = "kai.morgan"
ASKER = "maya.johnson"
REPO = "groundcount-etl"
CULPRIT_SUBJECT = "Normalise US state names to postal codes"
HEX = re.compile(r"\b[0-9a-f]{7,40}\b", re.IGNORECASE)
FIRST_NAMES = {"elena.popescu": "Elena", "maya.johnson": "Maya", "raj.iyer": "Raj"}

PREDICATE = (
    "The message explains the behaviour change: before the commit, region normalisation accepted any "
    "two-letter alphabetic code (so a Canadian code such as MB was kept as a region), and since the commit "
    "only US state codes or US state names are accepted, so Canadian provinces are dropped as unknown regions."
)

# The explanation, offline: a "before" part saying any two-letter code passed, and an "after" part saying only
# US states pass or Canadian codes are now rejected. A part runs from a time marker to the next one, so the
# direction is read ("before, only US states ...; now any two-letter code ..." is the wrong way round).
BEFORE = r"\b(before|previously|used to|until|prior to|earlier|originally|formerly|the old (check|code|version))\b"
AFTER = (r"\b(now|since|after|afterwards|from then on|no longer|any ?more|these days|the new (check|code|version)|"
         r"replaced|switched|changed it)\b")
ANY_CODE = re.compile(r"\b(any|every|all)\s+(\w+\s+){0,2}?(two|2)[- ]?(letter|char\w*)|"
                      r"\b(two|2)[- ]?(letter|char\w*)\s+(\w+\s+){0,2}?(code|region|value)s?\s+(\w+\s+){0,3}?"
                      r"(passed|pass|accepted|were accepted|was accepted|kept|allowed|went through|got through)|"
                      r"\b(alphabetic|letters?)\b.{0,40}\b(passed|accepted|kept|allowed)", re.IGNORECASE)
US_ONLY = re.compile(r"\b(only|just|solely)\b.{0,60}\b(US|U\.S\.|american|united states)\b|"
                     r"\b(US|U\.S\.|united states)\s+(state\s+)?(codes?|names?|states?)\b.{0,30}\b(only|lookup|list)\b",
                     re.IGNORECASE)
CANADA = r"\b(MB|manitoba|canad\w*|provinces?)\b"
REJECTED = ("rejected", "rejects", "dropped", "drops", "filtered out", "filters out", "discarded", "unknown region",
            "no longer accepted", "not accepted anymore", "no longer passes", "no longer pass", "no longer kept",
            "thrown away", "removed", "excluded", "fail", "fails")


def _parts(sentence: str, marker: str) -> list[str]:
    """The pieces of ``sentence`` that start at a ``marker`` and run to the next time marker of either kind."""
    starts = [m.start() for m in re.finditer(f"{BEFORE}|{AFTER}", sentence, re.IGNORECASE)]
    return [sentence[s:next((n for n in starts if n > s), len(sentence))]
            for s in starts if re.match(marker, sentence[s:], re.IGNORECASE)]


def _rejects_canada(part: str) -> bool:
    if not re.search(CANADA, part, re.IGNORECASE):
        return False
    return any(re.search(rf"\b{re.escape(r)}\b", part, re.IGNORECASE) and not is_negated(part, r) for r in REJECTED)


def fallback(text: str) -> bool:
    claims = [s for s in sentences(text) if not keyword_soup(s)]
    before = any(ANY_CODE.search(p) for s in claims for p in _parts(s, BEFORE))
    after = any(US_ONLY.search(p) or _rejects_canada(p) for s in claims for p in _parts(s, AFTER))
    return before and after


@cache
def _commits() -> dict[str, Commit]:
    git = GitClient(*admin())
    return {c.sha: c for b in git.branches(REPO) for c in git.log(REPO, b.name, n=100)}


@cache
def _culprit() -> str:
    culprit = [sha for sha, c in _commits().items() if c.subject == CULPRIT_SUBJECT]
    if len(culprit) != 1:
        raise LookupError("culprit commit not found")
    return culprit[0]


@cache
def _answer() -> str:
    """Everything Kai wrote to Maya in direct messages."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(ASKER)
    return "\n\n".join(m.body for m in messages if m.sender == EXAMINEE)


def _named_ids(text: str) -> set[str]:
    """The commits of the repository whose id (7+ hex digits, a prefix of the sha) the text contains."""
    tokens = [t.lower() for t in HEX.findall(text)]
    return {sha for sha in _commits() if any(sha.startswith(t) for t in tokens)}


def _credited(text: str, commit: Commit) -> bool:
    """Some sentence names the commit's author (first name) and its date (year optional)."""
    name = FIRST_NAMES.get(commit.author_email.split("@")[0], commit.author_name.split()[0])
    return any(has_word(s, name) and _mentions_date(s, commit) for s in sentences(text))


@grader
def names_the_commit() -> bool:
    """The culprit's id is in the answer and no other commit's id: one answer."""
    return _named_ids(_answer()) == {_culprit()}


def _mentions_date(text: str, commit: Commit) -> bool:
    when = commit.author_date.date()
    return any(m.month == when.month and m.day == when.day and m.year in (None, when.year)
               for m in date_mentions(text))


@grader
def names_author_and_date() -> bool:
    """Raj and 2026-09-28, and no other commit credited with its author and date (one answer): read per sentence,
    or, when no sentence has both, over the whole answer with no other commit's date in it."""
    text = _answer()
    culprit = _commits()[_culprit()]
    credited = {sha for sha, c in _commits().items() if _credited(text, c)}
    if credited:
        return credited == {culprit.sha}
    dated = {sha for sha, c in _commits().items() if _mentions_date(text, c)}
    return has_word(text, "Raj") and dated == {culprit.sha}


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
