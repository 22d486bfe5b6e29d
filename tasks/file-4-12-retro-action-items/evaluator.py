"""Grades the retro's action items in the FieldDay tracker, Priya's answers and the summary in #engineering.

A new ticket (authored by the examinee) belongs to an action item when its subject names exactly one item; an
item is filed correctly when exactly one new ticket belongs to it, with the owner and due date of the notes
(or of Priya's decision). The summary is one message in #engineering where each of the four tickets has a
line (or sentence) of its own naming its number, its owner and its due date, and no other candidate owner or
date.
"""

import re
from datetime import date

from grading import Checkpoint, Result, admin, grader
from grading.answers import has_word, is_about, sentences
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient
from grading.reading import date_mentions

EXAMINEE = "kai.morgan"
PRIYA = "priya.natarajan"
TODAY = date(2026, 11, 20)
ITEMS = {  # item -> (subject pattern, owner username, first name, due date)
    "checklist": (r"regression|boundary|edge[- ]?cases?", "sofia.alvarez", "Sofia", date(2026, 11, 27)),
    "runbook": (r"run[- ]?book|playbook|rollback|deploy(ment)? (guide|procedure|steps)", "tomas.lindqvist", "Tomas",
                date(2026, 12, 1)),
    "smoke": (r"smoke", "aisha.bello", "Aisha", date(2026, 12, 2)),
    "known": (r"known[- ]?issues?|time[- ]?zones?|customer note", "omar.haddad", "Omar", date(2026, 11, 24)),
}
FROM_NOTES = ("checklist", "smoke")
FROM_PRIYA = ("runbook", "known")
NOT_ITEMS = r"thursday|move (the )?release[- ]day|release[- ]day to|feature[- ]?flag"
CANDIDATES = ("Sofia", "Tomas", "Marcus", "Aisha", "Omar", "Ben")
TOPIC = ("runbook", "known issues", "known-issues", "release day", "open items", "open points", "action item",
         "action items", "owner", "owners", "due", "due date", "deadline", "retro", "retrospective", "by when")
TICKET_REF = re.compile(r"(?:#|\b(?:ticket|issue)s?\s*(?:no\.?|number)?\s*#?\s*|/issues/)(\d+)\b", re.IGNORECASE)


def _new_tickets() -> list[Issue]:
    tracker = TrackerClient(*admin())
    return [i for i in tracker.issues("fieldday", status="all") if i.author == EXAMINEE]


def _item_of(issue: Issue) -> str | None:
    """The one action item the subject names; None for none, several, or a dropped/parked item."""
    if re.search(NOT_ITEMS, issue.subject, re.IGNORECASE):
        return None
    hits = [name for name, (pattern, *_) in ITEMS.items() if re.search(pattern, issue.subject, re.IGNORECASE)]
    return hits[0] if len(hits) == 1 else None


def _filed() -> dict[str, Issue]:
    """Item -> its one correct ticket (exactly one new ticket for the item, right owner and due date)."""
    tickets = _new_tickets()
    filed = {}
    for name, (_, owner, _, due) in ITEMS.items():
        mine = [t for t in tickets if _item_of(t) == name]
        if len(mine) == 1 and mine[0].assignee == owner and mine[0].due_date == due:
            filed[name] = mine[0]
    return filed


@grader
def asked_priya() -> bool:
    """A DM from the examinee to Priya about the open items (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *TOPIC)
                   for m in chat.direct_messages(PRIYA, username=EXAMINEE))


@grader
def filed(names: tuple[str, ...]) -> int:
    done = _filed()
    return sum(name in done for name in names)


@grader
def nothing_extra() -> bool:
    """Every new ticket is one of the four items, once; only once at least one item is filed correctly."""
    tickets = _new_tickets()
    items = [_item_of(t) for t in tickets]
    return bool(_filed()) and None not in items and len(items) == len(set(items))


def _units(message: str) -> list[str]:
    """Lines of the message; a line naming several tickets is split into its sentences."""
    units = []
    for line in message.splitlines():
        if len(set(TICKET_REF.findall(line))) > 1:
            units.extend(sentences(line))
        else:
            units.append(line)
    return units


def _states(unit: str, issue: Issue, first_name: str) -> bool:
    """The unit names this ticket only, its owner only (of the candidate owners) and its due date only."""
    refs = {int(n) for n in TICKET_REF.findall(unit)}
    if refs != {issue.id}:
        return False
    names = {n for n in CANDIDATES if has_word(unit, n)}
    due = {m.resolve(TODAY) for m in date_mentions(unit)}
    return names == {first_name} and due == {issue.due_date}


def _summarises(message: str, done: dict[str, Issue]) -> bool:
    units = _units(message)
    return all(sum(_states(u, done[name], ITEMS[name][2]) for u in units) == 1 for name in ITEMS)


@grader
def summary_posted() -> bool:
    """One message of the examinee in #engineering gives every ticket's number, owner and due date."""
    done = _filed()
    if len(done) < len(ITEMS):
        return False
    with login(*admin()) as chat:
        posts = [m.body for m in chat.channel_messages("engineering") if m.sender == EXAMINEE]
    return any(_summarises(body, done) for body in posts)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_priya())),
        Checkpoint(2, int(filed(FROM_NOTES))),
        Checkpoint(2, int(filed(FROM_PRIYA))),
        Checkpoint(1, int(nothing_extra())),
        Checkpoint(1, int(summary_posted())),
    ])
