"""Grades the PTO carry-over reminders: Kai's direct messages, the report to Rachel, the tracker ticket."""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import amounts_in, has_word, is_about, sentences
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient
from grading.phrases import phrase_pattern
from grading.reading import WORD_NUMBERS

EXAMINEE = "kai.morgan"
TICKET = "Reminder: PTO carry-over limit before year end"

# people with more than 5 days left after approved leave: username -> (full name, days left)
OVER: dict[str, tuple[str, float]] = {
    "victor.mendes": ("Victor Mendes", 9), "felix.wagner": ("Felix Wagner", 11), "aisha.bello": ("Aisha Bello", 7.5),
    "raj.iyer": ("Raj Iyer", 6.5), "chloe.tran": ("Chloe Tran", 6),
}
# everyone else in the balance file (5 days or fewer), except Rachel herself and Kai
NOT_OVER: dict[str, str] = {
    "daniel.reyes": "Daniel Reyes", "margaret.okafor": "Margaret Okafor", "tomas.lindqvist": "Tomas Lindqvist",
    "hannah.brooks": "Hannah Brooks", "nina.petrova": "Nina Petrova", "priya.natarajan": "Priya Natarajan",
    "grace.liu": "Grace Liu", "ben.kowalski": "Ben Kowalski", "elena.popescu": "Elena Popescu",
    "marcus.webb": "Marcus Webb", "sofia.alvarez": "Sofia Alvarez", "lena.fischer": "Lena Fischer",
    "omar.haddad": "Omar Haddad", "jordan.ellis": "Jordan Ellis", "maya.johnson": "Maya Johnson",
    "samuel.osei": "Samuel Osei",
}
LIMIT = 5
TOPIC = ("PTO", "paid time off", "carry over", "carries over", "carried over", "carryover", "vacation",
         "days left", "days remaining", "unused", "days off", "holiday allowance", "leave")
_WORDS = {w: float(n) for w, n in WORD_NUMBERS.items() if n <= 20 and w != "both"}
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_WORDS) + r")(\s+and\s+a\s+half)?\b", re.IGNORECASE)
_SLASH_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
_NEGATIVE = re.compile(r"\b(?:no|not|none|never|neither|nor|exactly|only|without)\b|n't\b", re.IGNORECASE)


def day_figures(text: str) -> list[float]:
    """The numbers a text states, in reading order, dates and years left out: digits in any format ("7.5",
    "7,5", "7½", "7 1/2", "(7.5)" is 7.5 days, not a negative) and words ("nine", "seven and a half")."""
    text = re.sub(r"(\d)(?:\s*½|\s+1/2\b)", r"\1.5", text)
    text = _SLASH_DATE.sub(" ", text)
    text = re.sub(r"(?<![\d,])(\d),(5)(?![\d,])", r"\1.\2", text)
    text = re.sub(r"(\d)\s+and\s+a\s+half\b", r"\1.5", text)
    found = [(a.start, abs(a.value)) for a in amounts_in(text) if not 1900 <= abs(a.value) <= 2100]
    found += [(m.start(), _WORDS[m.group(1).lower()] + (0.5 if m.group(2) else 0))
              for m in _WORD_NUMBER.finditer(text)]
    return [value for _, value in sorted(found)]


def right_figure(text: str, days: float) -> bool:
    """``text`` states ``days`` and no other figure but the carry-over limit (5) and the days above it: a list
    of everyone's numbers, or a hedge, fails."""
    figures = day_figures(text)
    allowed = {days, LIMIT, days - LIMIT}
    return days in figures and all(f in allowed for f in figures)


_cache: dict[str, dict[str, str]] = {}


def kai_dms() -> dict[str, str]:
    """partner username -> text of everything Kai wrote to them in direct conversations."""
    if "dms" not in _cache:
        found: dict[str, list[str]] = {}
        with login(*examinee()) as chat:
            for room_id in chat.joined_rooms():
                partner = chat.dm_partner(room_id)
                if partner is None:
                    continue
                mine = [m.body for m in chat.room_messages(room_id) if m.sender == EXAMINEE]
                found.setdefault(partner, []).extend(mine)
        _cache["dms"] = {p: "\n".join(texts) for p, texts in found.items()}
    return _cache["dms"]


def _reminded(username: str) -> bool:
    """Kai sent ``username`` a direct message about PTO."""
    return is_about(kai_dms().get(username, ""), *TOPIC)


def _reminded_right(username: str) -> bool:
    """A PTO reminder that states the person's own number of days and nobody else's."""
    return _reminded(username) and right_figure(kai_dms()[username], OVER[username][1])


@grader
def reminders_points() -> int:
    correct = sum(_reminded_right(user) for user in OVER)
    return 2 if correct == 5 else 1 if correct >= 3 else 0


@grader
def nobody_else_reminded() -> bool:
    if not all(_reminded_right(user) for user in OVER):
        return False
    return not any(_reminded(user) for user in NOT_OVER)


def _mentions(text: str, name: str) -> list[int]:
    """Where ``name`` (full name, else surname, else first name: all unique in the file) occurs, as whole words."""
    for form in (name, name.split()[-1], name.split()[0]):
        found = [m.start() for m in phrase_pattern(form).finditer(text)]
        if found:
            return found
    return []


def report_lists_the_five(text: str) -> bool:
    """The report names each of the five with their own days (read after the name up to the next person or the
    end of the line, else before the name on its line) and names nobody else as reminded (another person of the
    balance file only in a sentence saying they were not)."""
    people = [name for name, _ in OVER.values()] + list(NOT_OVER.values())
    starts = sorted(p for name in people for p in _mentions(text, name))
    for name, days in OVER.values():
        where = _mentions(text, name)
        if not where:
            return False
        at = where[0]
        line_end = text.find("\n", at)
        following = [p for p in starts if p > at]
        end = min([p for p in [*following, line_end] if p >= 0], default=len(text))
        segment = text[at:end]
        if not day_figures(segment):
            line_start = text.rfind("\n", 0, at) + 1
            segment = text[max([line_start, *[p for p in starts if p < at]]):at]
        if not right_figure(segment, days):
            return False
    for name in NOT_OVER.values():
        for sentence in sentences(text):
            if any(has_word(sentence, form) for form in (name, *name.split())) and not _NEGATIVE.search(sentence):
                return False
    return True


@grader
def rachel_told() -> bool:
    """Rachel got the list of the five with their days, and the five were actually reminded."""
    return report_lists_the_five(kai_dms().get("rachel.kim", "")) and all(_reminded(u) for u in OVER)


@grader
def ticket_done() -> bool:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("people-ops", TICKET)
    if issue is None or issue.status not in ("Resolved", "Closed"):
        return False
    notes = "\n".join(c.text for c in issue.comments if c.author == EXAMINEE)
    return report_lists_the_five(notes) and all(_reminded(u) for u in OVER)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(2, int(reminders_points() or 0)),
        Checkpoint(1, int(nobody_else_reminded())),
        Checkpoint(1, int(rachel_told())),
        Checkpoint(1, int(ticket_done())),
    ])
