"""Grades the photo-bug clean-up in FieldDay: asking Chloe, the duplicate relations and closures, the look-alikes
left alone, and the summary to Omar.

Answer key (hook; Chloe when asked): KEEP "Technician app: photo upload times out for large images" (the first
report); its duplicates "Android: large job photos fail to upload" and "Upload spinner never stops when attaching
big pictures" (the 10 MB upload limit). Different bugs, to leave open and unrelated: the offline crash and the
rotated thumbnails. Relations are read as the administrator through the REST API (``include=relations``):
Redmine stores "B is a duplicate of A" as ``{issue_id: B, issue_to_id: A, relation_type: "duplicates"}`` whichever
side it was made from.
"""

import re
from functools import cache

import requests

from grading import Checkpoint, Result, admin, grader
from grading.answers import is_about, says
from grading.clients.chat import login
from grading.clients.tracker import Issue, TrackerClient
from grading.endpoints import Endpoints

EXAMINEE, CHLOE, OMAR = "kai.morgan", "chloe.tran", "omar.haddad"
PROJECT = "fieldday"
KEEP = "Technician app: photo upload times out for large images"
DUPLICATES = ("Android: large job photos fail to upload", "Upload spinner never stops when attaching big pictures")
DIFFERENT = ("App crashes when attaching a photo while offline", "Job photos show rotated 90 degrees on the dispatcher board")
BUG_TOPIC = ("photo", "photos", "upload", "uploads", "duplicate", "duplicates", "same bug", "same problem", "crash",
             "offline", "rotated", "spinner", "bug", "bugs")
MERGE_WORDS = ("duplicate", "duplicates", "merged", "merge", "same bug", "same problem", "same issue", "closed")


@cache
def _issue(subject: str) -> Issue:
    tracker = TrackerClient(*admin())
    found = tracker.find_issue(PROJECT, subject)
    if found is None:
        raise AssertionError(f"the bug {subject!r} is gone")
    return tracker.issue(found.id)


@cache
def _relations(issue_id: int) -> list[tuple[int, int, str]]:
    """(from, to, type) of every relation of the issue."""
    answer = requests.get(f"{Endpoints().url('tracker')}/issues/{issue_id}.json", auth=admin(), timeout=30,
                          params={"include": "relations"})
    answer.raise_for_status()
    return [(int(r["issue_id"]), int(r["issue_to_id"]), str(r["relation_type"]))
            for r in answer.json()["issue"].get("relations", [])]


def _duplicate_of(subject: str) -> set[int]:
    """The issues this one is recorded as a duplicate of."""
    me = _issue(subject).id
    return {to for source, to, kind in _relations(me) if kind == "duplicates" and source == me}


def _in_duplicate_relation(subject: str) -> bool:
    return any(kind in ("duplicates", "duplicated") for _, _, kind in _relations(_issue(subject).id))


def _names_ticket(text: str, issue_id: int) -> bool:
    return re.search(rf"(?<![\w&])#{issue_id}\b|/issues/{issue_id}\b|\b(?:ticket|issue|bug)\s+{issue_id}\b", text,
                     re.IGNORECASE) is not None


@grader
def asked_chloe() -> bool:
    """A DM to Chloe about the photo bugs (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *BUG_TOPIC)
                   for m in chat.direct_messages(CHLOE, username=EXAMINEE))


@grader
def merged(subject: str) -> bool:
    """The report is a duplicate of the first one (and of nothing else), closed, with a note by Kai naming the
    ticket kept."""
    issue, keep = _issue(subject), _issue(KEEP)
    noted = any(c.author == EXAMINEE and _names_ticket(c.text, keep.id) for c in issue.comments)
    return _duplicate_of(subject) == {keep.id} and issue.is_closed and noted


@grader
def first_kept() -> bool:
    """The first report stays open and is a duplicate of nothing."""
    return not _issue(KEEP).is_closed and not _duplicate_of(KEEP)


@grader
def look_alikes_left() -> bool:
    """The offline crash and the rotated thumbnails are open and in no duplicate relation."""
    return all(not _issue(s).is_closed and not _in_duplicate_relation(s) for s in DIFFERENT)


@grader
def told_omar() -> bool:
    """Kai's DMs to Omar name both duplicates' numbers and the kept one's; no line naming a different bug's
    number says it was merged or is a duplicate (negations aside)."""
    with login(*admin()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages(OMAR, username=EXAMINEE) if m.sender == EXAMINEE)
    if not all(_names_ticket(text, _issue(s).id) for s in (KEEP, *DUPLICATES)):
        return False
    different = [_issue(s).id for s in DIFFERENT]
    return not any(says(line, *MERGE_WORDS) for line in text.splitlines()
                   if any(_names_ticket(line, i) for i in different))


def grade_checkpoints(trajectory=""):
    merges = sum(int(merged(s)) for s in DUPLICATES)
    return Result([
        Checkpoint(1, int(asked_chloe())),
        Checkpoint(2, merges),
        Checkpoint(1, int(merges > 0 and first_kept())),
        Checkpoint(1, int(merges > 0 and look_alikes_left())),
        Checkpoint(1, int(merges == 2 and told_omar())),
    ])
