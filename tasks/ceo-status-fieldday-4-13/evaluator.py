"""Grades the CEO status of FieldDay 4.13 from Kai's direct messages to Margaret Okafor.

One answer per question: each count is read where it is attached to its words ("7 open", "open: 7", "4 of them
not started", "4 of those 7 have not been started") and every count so attached must be the right one; the
overdue and the unowned answers are the tickets named in the clauses about them and must be exactly the right
ticket; the release date is the date of the sentences about the release. Hedges ("7 (or 8 …)", "possibly",
"depending") fail their fact. Private helpers here (not in grading.answers): ``_counts`` (numbers attached to a
phrase), ``_topic_clauses`` (clauses answering one question, with list continuations) and ``_tickets`` (which
4.13-area tickets a clause names).
"""

from __future__ import annotations

import re
from datetime import date

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import has_word, keyword_soup, says, sentences
from grading.clients.chat import login
from grading.reading import date_mentions

EXAMINEE = "kai.morgan"
CEO = "margaret.okafor"
TODAY = date(2026, 11, 20)
RELEASE, FREEZE = date(2026, 12, 8), date(2026, 12, 3)

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
NOT_STARTED = (r"(?:not\s+(?:yet\s+)?(?:been\s+)?started|not\s+(?:yet\s+)?begun|unstarted|untouched"
               r"|yet\s+to\s+(?:be\s+)?(?:start|begin|started)|(?:have|has)(?:n'?t|\s+not)\s+(?:yet\s+)?(?:been\s+)?"
               r"started|(?:status\s+|still\s+)?new\b)")
HEDGE = re.compile(r"\bor\s+\d|\b(?:about|around|roughly|approx\w*|maybe|possibly|perhaps|depending|probably"
                   r"|likely|at\s+least|up\s+to)\b|~\s*\d", re.IGNORECASE)
OVERDUE = ("overdue", "past due", "past its due date", "past their due date", "past the due date", "late",
           "behind schedule", "missed its due date", "missed their due date", "slipped")
UNOWNED = ("no owner", "without owner", "without an owner", "unassigned", "not assigned", "nobody", "no one",
           "no-one", "no assignee", "unowned", "owner: none", "owner: nobody", "nobody owns", "needs an owner")
RELEASE_WORDS = re.compile(r"\brelease\b(?!\s+(?:checklist|process|notes|manager))|\bship(?:s|ping)?\b|\blaunch"
                           r"|\bgo(?:es)?[\s-]live", re.IGNORECASE)
TICKETS = {
    "ci": r"\bci\b|runner|build\s+machine",
    "slot": r"slot\s*finder|last\s+slot",
    "webhooks": r"webhook",
    "retries": r"retr(?:y|ies)|backoff",
    "focus": r"focus|drag",
    "contrast": r"contrast|badge|wcag",
    "checklist": r"checklist",
    "travel": r"travel\s*buffer",
    "postmortem": r"postmortem|failover",
    "greenway": r"greenway|\bexport",
}


def _status_text() -> str:
    """Everything Kai wrote to Margaret in direct conversations, oldest first."""
    with login(*admin()) as chat:
        messages = chat.direct_messages(CEO, username=EXAMINEE)
    return "\n".join(m.body for m in messages if m.sender == EXAMINEE)


def _normalised(text: str) -> str:
    """Lower case, number words as digits, and dates, times, versions and ticket ids masked (``§``) so that
    they are not read as counts."""
    text = text.lower()
    text = re.sub(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", lambda m: str(NUMBER_WORDS[m.group(1)]), text)
    for pattern in (r"\d{4}-\d{1,2}-\d{1,2}", r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", r"#\d+", r"\d+(?:\.\d+)+",
                    r"\d{1,2}:\d{2}", r"\b\d{1,2}-\d{1,2}\b",
                    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b",
                    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"):
        text = re.sub(pattern, "§", text)
    return text


def _counts(text: str, phrase: str) -> list[int] | None:
    """Every number attached to ``phrase`` ("7 open", "7 tickets are still open", "open: 7", "4 of them not
    started", "4 of those 7 have not been started"); None when a sentence with such a count hedges it."""
    found: list[int] = []
    for sentence in sentences(_normalised(text)):
        here: list[int] = []
        for m in re.finditer(rf"(?<![\w§])(\d+)\s+((?:[a-z']+\s+){{0,4}}?){phrase}", sentence):
            if re.search(r"\bof\s+(?:the|those|these|them)\s+$", sentence[:m.start()]):
                continue  # "4 of those 7 have not been started": 7 is the total, not this count
            if re.search(r"\bof\s+(?:the|all)\s+$", m.group(2)):
                continue  # "1 of the open tickets is overdue": 1 is not the number of open tickets
            here.append(int(m.group(1)))
        here += [int(n) for n in re.findall(
            rf"(?<![\w§])(\d+)\s+of\s+(?:those|them|these|the)\s+\d+\s+(?:[a-z']+\s+){{0,3}}?{phrase}", sentence)]
        here += [int(n) for n in re.findall(rf"\b{phrase}(?:\s+[a-z]+){{0,2}}\s*[:=]?\s*(\d+)\b(?!\s*[%/])",
                                            sentence)]
        if here and HEDGE.search(sentence):
            return None
        found += here
    return found


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause, clause without its parentheses) for every clause: sentences cut at ``;``."""
    result = []
    for sentence in sentences(text):
        for clause in re.split(r";", sentence):
            if clause.strip():
                result.append((clause, re.sub(r"\([^)]*\)", " ", clause)))
    return result


def _topic_clauses(text: str, topic: tuple[str, ...], others: tuple[tuple[str, ...], ...]) -> list[str]:
    """Clauses that answer ``topic``: they say one of its phrases (not negated), or they continue such a clause's
    list without starting another topic. Topics are read outside parentheses ("(nobody)" after an item is not an
    answer about owners)."""
    chosen: list[str] = []
    continuing = False
    for clause, bare in _clauses(text):
        if says(bare, *topic):
            chosen.append(clause)
            continuing = True
        elif says(bare, *topic, negated=True) or any(says(bare, *o) for o in others) or RELEASE_WORDS.search(bare):
            continuing = False
        elif continuing and re.match(r"^\s*(?:and\s+)?[\w\"'#]", clause) and not re.search(r"\d+\s+(?:tickets?|open)",
                                                                                            bare):
            chosen.append(clause)
    return chosen


def _tickets(clause: str) -> set[str]:
    return {name for name, pattern in TICKETS.items() if re.search(pattern, clause, re.IGNORECASE)}


def _facts(text: str) -> list[bool]:
    open_counts = _counts(text, r"(?:still\s+)?open\b")
    started_counts = _counts(text, NOT_STARTED)
    overdue = _topic_clauses(text, OVERDUE, (UNOWNED,))
    unowned = _topic_clauses(text, UNOWNED, (OVERDUE,))
    overdue_named = set().union(*map(_tickets, overdue)) if overdue else set()
    unowned_named = set().union(*map(_tickets, unowned)) if unowned else set()
    release_dates = set()
    for sentence in sentences(text):
        if RELEASE_WORDS.search(sentence):
            release_dates |= {d for m in date_mentions(sentence) if (d := m.resolve(TODAY)) is not None
                              and not (d == FREEZE and re.search(r"freeze", sentence, re.IGNORECASE))}
            if HEDGE.search(sentence):
                release_dates.add(date.min)
    return [
        bool(open_counts) and set(open_counts or ()) == {7},
        bool(started_counts) and set(started_counts or ()) == {4},
        overdue_named == {"ci"} and any("ci" in _tickets(c) and has_word(c, "Marcus") for c in overdue)
        and not any(HEDGE.search(c) for c in overdue),
        unowned_named == {"slot"} and not any(HEDGE.search(c) for c in unowned),
        release_dates == {RELEASE},
    ]


@grader
def status_sent() -> bool:
    return "4.13" in _status_text()


@grader
def facts_correct() -> int:
    found = sum(_facts(_status_text()))
    return 2 if found == 5 else 1 if found == 4 else 0


def _short(text: str) -> bool:
    """A handful of lines: at most 12 non-empty lines and 1,500 characters, and no line that is a keyword list."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) <= 12 and len(text) <= 1500 and not any(keyword_soup(s) for s in sentences(text))


@grader
def good_ceo_summary() -> bool:
    text = _status_text()
    if not text.strip() or not all(_facts(text)):
        return False  # the facts are checked deterministically whether or not a judge is configured
    return llm_judge(
        text,
        "This is a short status message (a handful of lines) for the CEO about the FieldDay 4.13 release. "
        "It correctly says that 7 of the 4.13 tickets are open and 4 of them have not been started; that the "
        "only ticket past its due date is the CI runner migration owned by Marcus Webb; that the High-priority "
        "slot finder bug has no owner; and that the release is planned for 2026-12-08. It gives one figure per "
        "question (no alternatives or hedges) and makes no false claims (for example, it does not call other "
        "tickets overdue).",
        fallback=_short,
    )


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(status_sent())),
        Checkpoint(2, int(facts_correct())),
        Checkpoint(1, int(good_ceo_summary())),
    ])
