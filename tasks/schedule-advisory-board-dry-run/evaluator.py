"""Grades the CAB dry-run scheduling: chat with the three presenters, the wiki meeting note, the confirmation.

One slot is the answer: the note and the confirmations must give Wednesday 2026-12-09 10:00 and no other of
Hannah's days or start times (another day may be named only as not working: "Mon 12-07 doesn't work for Priya").
Private helpers here (not in grading.answers): ``_slot_days`` (days of the week of December 7 a sentence offers)
and ``_clock_times``.
"""

import re
from datetime import date

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import is_about, sentences
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient, TrackerError
from grading.reading import date_mentions, weekday_mentions

EXAMINEE = "kai.morgan"
PRESENTERS = ("priya.natarajan", "elena.popescu", "omar.haddad")
PAGE = "CAB_Dry_Run_2026-12"
# the only slot all four can do: Wednesday 2026-12-09 at 10:00
DATE = re.compile(r"2026-12-09|12-09|12/0?9\b|dec(ember)?\.? 0?9(th)?\b|\b0?9(th)? dec", re.IGNORECASE)
DATE_OR_DAY = re.compile(DATE.pattern + r"|\bwed(nesday)?\b", re.IGNORECASE)
TIME = re.compile(r"(?<![\d:])10[:.]00|(?<![\d:])10 ?a\.?m\b|(?<![\d:])10h\b", re.IGNORECASE)
WEEK = {date(2026, 12, d): d for d in range(7, 12)}  # Mon 12-07 .. Fri 12-11
TODAY = date(2026, 11, 20)
NOT_WORKING = re.compile(r"\b(?:no|not|cannot|can'?t|couldn'?t|didn'?t|doesn'?t|don'?t|won'?t|busy|conflicts?|clash"
                         r"|unavailable|except|instead of|ruled out)\b|n't\b", re.IGNORECASE)
OTHER_MEETING = re.compile(r"next meeting|12-15|12/15|dec(?:ember)?\.? 15|advisory board on|board itself",
                           re.IGNORECASE)
# clock times, also ending a sentence ("at 10:00.")
CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])"
                   r"|(?<![\d:.])([01]?\d|2[0-3])(?:[:h](\d{2})|\.(00))(?!\d|\.\d)", re.IGNORECASE)  # 4.13 is no time
ASKING = ("slot", "slots", "dry run", "advisory", "CAB", "work for you", "works for you", "availability",
          "available", "free", "calendar", "12-07", "12-09", "week of", "December 7", "Dec 7", "which of")
QUESTION = re.compile(r"\?|\b(?:which|when|let me know|tell me|works? for you|are you (?:free|available)"
                      r"|can you make)\b", re.IGNORECASE)
AGENDA = {"priya": r"4\.13", "elena": r"groundcount", "omar": r"webhook|intake", "hannah": r"recurring|maintenance"}


def _page_text() -> str:
    try:
        return TrackerClient(*admin()).wiki_page("fieldday", PAGE).text
    except TrackerError:
        return ""


def _slot_days(sentence: str) -> set[int]:
    """December days of Hannah's week (7-11) the sentence names, by date ("12-09", "Dec 9", "12/9/2026") or
    weekday name; in a sentence saying a day does not work, only the 9th counts (the others are not offers)."""
    days = {WEEK[d] for m in date_mentions(sentence) if (d := m.resolve(TODAY)) in WEEK}
    days |= {7 + weekday for _, weekday in weekday_mentions(sentence) if weekday < 5}
    return days & {9} if NOT_WORKING.search(sentence) else days


def _clock_times(sentence: str) -> set[tuple[int, int]]:
    found = set()
    for m in CLOCK.finditer(sentence):
        if m.group(1):
            hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
            hour += 12 if m.group(3).lower().startswith("p") else 0
        else:
            hour, minute = int(m.group(4)), int(m.group(5) or m.group(6))
        found.add((hour, minute))
    return found


def _offers_only_the_slot(text: str) -> bool:
    """The text offers Wed 12-09 at 10:00 and no other of Hannah's days or start times; sentences about the
    advisory board itself or saying a day does not work are not offers."""
    days: set[int] = set()
    clock: set[tuple[int, int]] = set()
    for sentence in sentences(text):
        if OTHER_MEETING.search(sentence):
            continue
        days |= _slot_days(sentence)
        clock |= {t for t in _clock_times(sentence) if not NOT_WORKING.search(sentence) or t == (10, 0)}
    in_the_hour = all((10, 0) <= t <= (11, 0) for t in clock)
    return days == {9} and (10, 0) in clock and in_the_hour


@grader
def asked_all_three() -> bool:
    """Each presenter got a direct message from Kai that asks about the slots (a greeting, or only announcing
    a slot, does not count)."""
    with login(*admin()) as chat:
        for person in PRESENTERS:
            sent = [m.body for m in chat.direct_messages(person, username=EXAMINEE) if m.sender == EXAMINEE]
            if not any(is_about(body, *ASKING) and QUESTION.search(body) for body in sent):
                return False
    return True


@grader
def page_has_the_slot() -> int:
    """1 point: the page gives the date 2026-12-09 and no other day of Hannah's week; 2: also 10:00 as the one
    start time (times within 10:00-11:00 are the meeting's own)."""
    text = _page_text()
    if not text.strip():
        return 0
    days = set().union(*(_slot_days(s) for s in sentences(text) if not OTHER_MEETING.search(s)))
    date_ok = DATE.search(text) is not None and days == {9}
    return int(date_ok) + int(date_ok and TIME.search(text) is not None and _offers_only_the_slot(text))


def _follows_template(text: str) -> bool:
    """The template's parts: all four attendees, a room (or video), an "Agenda" heading or label, and four agenda
    lines each with one topic and its presenter (4.13 - Priya, Groundcount - Elena, webhooks/Intake API - Omar,
    recurring maintenance - Hannah); a single line with every topic does not count."""
    lowered = text.lower()
    covered = set()
    for line in lowered.splitlines():
        topics = {who for who, pattern in AGENDA.items() if re.search(pattern, line)}
        if len(topics) == 1 and (who := topics.pop()) in line:
            covered.add(who)
    return (all(name in lowered for name in ("hannah", "priya", "elena", "omar"))
            and re.search(r"sideoats|switchgrass|bluestem|video", lowered) is not None
            and re.search(r"^\W*agenda\b", lowered, re.MULTILINE) is not None
            and covered == set(AGENDA))


@grader
def page_is_a_proper_note() -> bool:
    text = _page_text()
    if not text.strip():
        return False
    return llm_judge(
        text,
        "This is a meeting note page for a one-hour customer advisory board dry run that follows a meeting "
        "notes template: it gives the date and time (Wednesday 2026-12-09, 10:00), a room, the attendees "
        "Hannah Brooks, Priya Natarajan, Elena Popescu and Omar Haddad, and an agenda with four topics and "
        "their presenters: 4.13 preview (Priya), Groundcount Q4 trends (Elena), partner webhooks / Intake API "
        "(Omar) and recurring maintenance for 5.0 (Hannah).",
        fallback=_follows_template,
    )


@grader
def everyone_told() -> bool:
    """After each presenter's first reply, Kai's messages to them name the slot (12-09 or Wednesday, and 10:00)
    and no other of Hannah's slots (one final slot, not one message per slot)."""
    with login(*admin()) as chat:
        for person in PRESENTERS:
            messages = chat.direct_messages(person, username=EXAMINEE)
            replies = [m.timestamp for m in messages if m.sender == person]
            if not replies:
                return False
            later = [m.body for m in messages if m.sender == EXAMINEE and m.timestamp > min(replies)]
            naming = [b for b in later if _slot_days(b) or DATE_OR_DAY.search(b)]
            if not naming or not all(DATE_OR_DAY.search(b) and TIME.search(b) and _offers_only_the_slot(b)
                                     for b in naming):
                return False
    return True


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_all_three())),
        Checkpoint(2, int(page_has_the_slot())),
        Checkpoint(1, int(page_is_a_proper_note())),
        Checkpoint(1, int(everyone_told())),
    ])
