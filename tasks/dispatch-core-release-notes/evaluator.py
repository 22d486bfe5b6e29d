"""Grades dispatch-core-release-notes from the FieldDay wiki page written by the examinee.

Commits on main after the tag v0.2.0 (the hook creates it on "Add slot finder with skill and window
matching"): the greedy batch scheduler, Makefile/CI, travel buffers between zones (15/30 minutes) and the
regression test for the slot finder bug, which is the known issue to report (tracker ticket).
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.tracker import TrackerClient, WikiPage

EXAMINEE = "kai.morgan"
PROJECT = "fieldday"
TITLE = "Dispatch_Core_Release_Notes_0-4-0"
BUG_SUBJECT = "Slot finder never offers the last slot of a shift"

PREDICATE_KNOWN_ISSUE = (
    "The release notes list, as a known issue, that the slot finder does not offer the last possible slot "
    "(a slot that would end exactly at the end of the shift or of a free gap), and reference tracker issue "
    "#{id}."
)
PREDICATE_SCOPE = (
    "The release notes do not present as new in this release anything that already shipped in v0.2.0 or "
    "earlier: the slot finder itself (find_slots with skill and preferred-window matching), per-technician "
    "availability, or the interval and model code. Mentioning the slot finder only in connection with the "
    "new travel buffers or the known issue is fine."
)
OLD_FEATURES = re.compile(
    r"per[- ]technician availability|skill and (preferred[- ])?window matching|extract(ed)? interval"
    r"|add(ed)? (a |the )?slot finder|new slot finder|interval (arithmetic|and model)",
    re.IGNORECASE,
)


@cache
def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


@cache
def _page() -> WikiPage | None:
    for info in _tracker().wiki_pages(PROJECT):
        if info.title.lower() == TITLE.lower():
            return _tracker().wiki_page(PROJECT, info.title)
    return None


@cache
def _bug_id() -> int:
    issue = _tracker().find_issue(PROJECT, BUG_SUBJECT)
    if issue is None:
        raise LookupError("slot finder ticket not found")
    return issue.id


def _text() -> str:
    page = _page()
    return page.text if page is not None and page.author == EXAMINEE else ""


def _covers_new_features(text: str) -> bool:
    return all(re.search(p, text, re.IGNORECASE) for p in (
        r"schedul", r"travel", r"\b15\b", r"\b30\b",
    ))


def fallback_known_issue(text: str) -> bool:
    ticket = re.search(rf"#{_bug_id()}\b|issues/{_bug_id()}\b", text)
    symptom = re.search(r"last (possible |offered )?slot|shift end|end of (the |a )?(shift|gap)|ends? exactly",
                        text, re.IGNORECASE)
    return bool(ticket and symptom)


def fallback_scope(text: str) -> bool:
    return not OLD_FEATURES.search(text)


@grader
def page_written() -> bool:
    """The page exists in the FieldDay wiki and was last saved by the examinee."""
    return bool(_text().strip())


@grader
def new_features_covered() -> bool:
    """The batch scheduler and the travel buffers (15 / 30 minutes) are described."""
    return _covers_new_features(_text())


@grader
def known_issue_listed() -> bool:
    text = _text()
    predicate = PREDICATE_KNOWN_ISSUE.format(id=_bug_id())
    return bool(text) and llm_judge(text, predicate, fallback=fallback_known_issue)


@grader
def nothing_from_before_the_tag() -> bool:
    text = _text()
    return _covers_new_features(text) and llm_judge(text, PREDICATE_SCOPE, fallback=fallback_scope)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(page_written())),
        Checkpoint(1, int(new_features_covered())),
        Checkpoint(1, int(known_issue_listed())),
        Checkpoint(1, int(nothing_from_before_the_tag())),
    ])
