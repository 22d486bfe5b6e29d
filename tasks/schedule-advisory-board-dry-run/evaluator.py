"""Grades the CAB dry-run scheduling: chat with the three presenters, the wiki meeting note, the confirmation."""

import re

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient, TrackerError

EXAMINEE = "kai.morgan"
PRESENTERS = ("priya.natarajan", "elena.popescu", "omar.haddad")
PAGE = "CAB_Dry_Run_2026-12"
# the only slot all four can do: Wednesday 2026-12-09 at 10:00
DATE = re.compile(r"2026-12-09|12-09|12/0?9\b|dec(ember)?\.? 0?9(th)?\b|\b0?9(th)? dec", re.IGNORECASE)
DATE_OR_DAY = re.compile(DATE.pattern + r"|\bwed(nesday)?\b", re.IGNORECASE)
TIME = re.compile(r"(?<![\d:])10[:.]00|(?<![\d:])10 ?a\.?m\b|(?<![\d:])10h\b", re.IGNORECASE)


def _page_text() -> str:
    try:
        return TrackerClient(*admin()).wiki_page("fieldday", PAGE).text
    except TrackerError:
        return ""


@grader
def asked_all_three() -> bool:
    with login(*admin()) as chat:
        contacted = chat.contacted_people(username=EXAMINEE)
    return all(p in contacted for p in PRESENTERS)


@grader
def page_has_the_slot() -> int:
    text = _page_text()
    if not text.strip():
        return 0
    return int(bool(DATE.search(text))) + int(bool(DATE.search(text) and TIME.search(text)))


def _follows_template(text: str) -> bool:
    lowered = text.lower()
    return (all(name in lowered for name in ("hannah", "priya", "elena", "omar"))
            and re.search(r"sideoats|switchgrass|bluestem|video", lowered) is not None
            and re.search(r"^\W*agenda\b", lowered, re.MULTILINE) is not None
            and "4.13" in lowered and "groundcount" in lowered
            and re.search(r"webhook|intake", lowered) is not None
            and re.search(r"recurring|maintenance|5\.0", lowered) is not None)


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
    with login(*admin()) as chat:
        for person in PRESENTERS:
            messages = chat.direct_messages(person, username=EXAMINEE)
            replies = [m.timestamp for m in messages if m.sender == person]
            if not replies:
                return False
            later = [m.body for m in messages if m.sender == EXAMINEE and m.timestamp > min(replies)]
            if not any(DATE_OR_DAY.search(body) and TIME.search(body) for body in later):
                return False
    return True


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_all_three())),
        Checkpoint(2, int(page_has_the_slot())),
        Checkpoint(1, int(page_is_a_proper_note())),
        Checkpoint(1, int(everyone_told())),
    ])
