"""Grades the final-panel scheduling: questions to Raj and Omar, the ticket comments, the message to Jordan."""

from __future__ import annotations

import re
from datetime import date, timedelta

from grading import Checkpoint, Result, admin, grader
from grading.answers import has_word, is_about
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient
from grading.reading import date_mentions, times, weekday_mentions

EXAMINEE = "kai.morgan"
JORDAN = "jordan.ellis"
WEEK_START = date(2026, 11, 30)  # Monday of the panel week
SLOTS = {"S1": (date(2026, 12, 1), (10, 0)), "S2": (date(2026, 12, 1), (14, 0)), "S3": (date(2026, 12, 2), (9, 30)),
         "S4": (date(2026, 12, 2), (15, 0)), "S5": (date(2026, 12, 3), (10, 30)), "S6": (date(2026, 12, 3), (13, 30)),
         "S7": (date(2026, 12, 4), (11, 0))}
# Aaliyah: Wed/Thu afternoon (S4, S6); Elena cannot S4 -> S6. Wen: mornings, not Friday (S1, S3, S5);
# Omar cannot S1, Raj cannot S3 -> S5.
EXPECTED = {"Aaliyah Porter": "S6", "Wen Zhao": "S5"}
PANEL = ("Elena", "Raj", "Omar")
TOPIC = ("panel", "interview", "slot", "slots", "Data Analyst", "candidate", "Dec", "December", "12-01", "12-02",
         "12-03", "12-04", "Tuesday", "Wednesday", "Thursday", "Friday", "Tue", "Wed", "Thu", "Fri")


def segments(text: str) -> list[str]:
    """Lines, sentences and ``;``-separated parts (a slot's day and time must share one)."""
    parts = re.split(r"\n|;|(?<=[.!?])\s+(?=[A-Z])", text)
    return [p for p in parts if p.strip()]


def _days(segment: str) -> set[date]:
    found = set()
    for mention in date_mentions(segment):
        day = mention.resolve(WEEK_START)
        if day is not None:
            found.add(day)
    for _, weekday in weekday_mentions(segment):
        if weekday < 5:
            found.add(WEEK_START + timedelta(days=weekday))
    return found


def slots_named(text: str) -> set[str]:
    """Slots whose day and start time are named in one segment of ``text``."""
    named = set()
    for segment in segments(text):
        days, clock = _days(segment), set(times(segment))
        named |= {slot for slot, (day, start) in SLOTS.items() if day in days and start in clock}
    return named


def _comments(subject: str) -> str:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("people-ops", subject)
    if issue is None:
        return ""
    return "\n".join(c.text for c in issue.comments if c.author == EXAMINEE and c.text.strip())


@grader
def asked_panel() -> bool:
    with login(*admin()) as chat:
        for person in ("omar.haddad", "raj.iyer"):
            sent = [m.body for m in chat.direct_messages(person, username=EXAMINEE) if m.sender == EXAMINEE]
            if not is_about("\n".join(sent), *TOPIC):
                return False
    return True


@grader
def tickets_have_slots() -> int:
    return sum(1 for name, slot in EXPECTED.items()
               if slots_named(_comments(f"Data Analyst candidate: {name}")) == {slot})


@grader
def tickets_name_panel_and_room() -> bool:
    for name in EXPECTED:
        text = _comments(f"Data Analyst candidate: {name}")
        if not (all(has_word(text, person) for person in PANEL) and has_word(text, "Sideoats")):
            return False
    return True


@grader
def jordan_told() -> bool:
    """After Jordan's message, Kai's DMs give each candidate exactly their slot, in a segment that names that
    candidate and not the other."""
    with login(*admin()) as chat:
        messages = chat.direct_messages(JORDAN, username=EXAMINEE)
    asked = [m.timestamp for m in messages if m.sender == JORDAN]
    if not asked:
        return False
    text = "\n".join(m.body for m in messages if m.sender == EXAMINEE and m.timestamp > min(asked))
    given: dict[str, set[str]] = {name: set() for name in EXPECTED}
    for segment in segments(text):
        named = [n for n in EXPECTED if has_word(segment, n.split()[0]) or has_word(segment, n)]
        if len(named) == 1:
            given[named[0]] |= slots_named(segment)
    return all(given[name] == {slot} for name, slot in EXPECTED.items())


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_panel())),
        Checkpoint(2, int(tickets_have_slots() or 0)),
        Checkpoint(1, int(tickets_name_panel_and_room())),
        Checkpoint(1, int(jordan_told())),
    ])
