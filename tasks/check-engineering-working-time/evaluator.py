"""Grades the week-46 working-time check: the breach file, asking Priya about weekend approvals, and the private
reminders.

Breaches (answer key): Aisha Bello 2026-11-12 daily limit (11.0 h); Chloe Tran 2026-11-14 weekend work without
approval; Sofia Alvarez week of 2026-11-09 weekly limit (49.5 h). Not breaches: Ben Kowalski (exactly 10 h on
11-09), Marcus Webb (weekend approved by Priya, exactly 48 h), Tomas Lindqvist.
"""

import csv
import io
import re
from datetime import date

from grading import Checkpoint, Result, admin, grader
from grading.answers import has_word, is_about, same_amount
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.reading import date_mentions

EXAMINEE = "kai.morgan"
PRIYA = "priya.natarajan"
REPORT = "HR/Timesheets/Working_Time_Check_2026-W46.csv"
WEEK_START = date(2026, 11, 9)
TEAM = {"Tomas": "tomas.lindqvist", "Aisha": "aisha.bello", "Ben": "ben.kowalski", "Chloe": "chloe.tran",
        "Marcus": "marcus.webb", "Sofia": "sofia.alvarez"}
RULES = {"daily": r"\bdaily\b|\bday\b|per day|a day|10 ?h|10 hours|\b10\b", "weekly": r"\bweek(ly)?\b|48",
         "weekend": r"weekend|saturday|sunday|approv"}
BREACHES = {"Aisha": ("daily", {date(2026, 11, 12)}), "Chloe": ("weekend", {date(2026, 11, 14)}),
            "Sofia": ("weekly", {date(2026, 11, 9)})}
WEEKLY_DATES = {date(2026, 11, 9), date(2026, 11, 15)}  # "2026-11-09 to 2026-11-15" is the same week
COMPLIANT = ("Tomas", "Ben", "Marcus")
TOPIC = ("timesheet", "timesheets", "hours", "working time", "working-time", "policy", "limit", "overtime",
         "weekend", "Saturday", "Sunday", "week 46", "approval", "approved")
APPROVAL_TOPIC = ("weekend", "Saturday", "Sunday", "approval", "approve", "approved", "pre-approved", "sign off",
                  "signed off", "okayed")


def _rows() -> list[dict[str, str]]:
    text = FilesClient(*admin()).download_text(REPORT)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader]


def _person(row: dict[str, str]) -> str | None:
    named = [first for first in TEAM if has_word(row.get("employee", ""), first)]
    return named[0] if len(named) == 1 else None


def _rule(row: dict[str, str]) -> str | None:
    hits = [name for name, pattern in RULES.items() if re.search(pattern, row.get("rule", ""), re.IGNORECASE)]
    return hits[0] if len(hits) == 1 else None


@grader
def asked_priya() -> bool:
    """A DM to Priya about weekend approvals (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *APPROVAL_TOPIC)
                   for m in chat.direct_messages(PRIYA, username=EXAMINEE))


@grader
def right_people() -> bool:
    """The file names exactly Aisha, Chloe and Sofia, once each (every row one team member)."""
    people = [_person(row) for row in _rows()]
    return sorted(p or "?" for p in people) == sorted(BREACHES)


@grader
def right_details() -> bool:
    """Each breach row gives its rule (one rule) and its date (only that date)."""
    if not right_people():
        return False
    for row in _rows():
        person = _person(row)
        rule, dates = BREACHES[person or ""]
        written = {m.resolve(WEEK_START) for m in date_mentions(row.get("date", ""))}
        allowed = WEEKLY_DATES if rule == "weekly" else dates
        if _rule(row) != rule or not (dates <= written <= allowed):
            return False
    return True


def _dms(first: str) -> list[str]:
    with login(*admin()) as chat:
        return [m.body for m in chat.direct_messages(TEAM[first], username=EXAMINEE) if m.sender == EXAMINEE]


HOURS = re.compile(r"\b(\d{1,2}(?:\.\d+)?)\s*-?\s*(?:h|hrs?|hours?)\b", re.IGNORECASE)
CUES = {  # person -> (their breach day, words of their entry or rule, their hours)
    "Aisha": (date(2026, 11, 12), r"\bthursday\b|\bdaily\b|\bper day\b|\ba day\b|\b10\s*-?\s*hours?\b", 11.0),
    "Chloe": (date(2026, 11, 14), r"\bsaturday\b|\bweekend\b", None),
    "Sofia": (None, r"\bweekly\b|\bper week\b|\ba week\b|\b48\s*-?\s*(h|hrs?|hours?)\b", 49.5),
}


def _states_breach(first: str, text: str) -> bool:
    """The reminder names this person's entry or rule: the day, the hours, or the rule broken."""
    day, words, hours = CUES[first]
    if day is not None and day in {m.resolve(WEEK_START) for m in date_mentions(text)}:
        return True
    if hours is not None and any(same_amount(float(h), hours) for h in HOURS.findall(text)):
        return True
    return re.search(words, text, re.IGNORECASE) is not None


@grader
def reminded(first: str) -> bool:
    """A DM to the person about their timesheet that states their breach and names no other team member."""
    others = [o for o in TEAM if o != first]
    return any(is_about(body, *TOPIC) and _states_breach(first, body) and not any(has_word(body, o) for o in others)
               for body in _dms(first))


@grader
def nobody_else() -> bool:
    """No DM about the timesheets to the people who kept the policy; only once someone was reminded."""
    if not any(reminded(first) for first in BREACHES):
        return False
    return not any(is_about(body, *TOPIC) for first in COMPLIANT for body in _dms(first))


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_priya())),
        Checkpoint(1, int(right_people())),
        Checkpoint(1, int(right_details())),
        Checkpoint(3, sum(int(reminded(first)) for first in BREACHES)),
        Checkpoint(1, int(nobody_else())),
    ])
