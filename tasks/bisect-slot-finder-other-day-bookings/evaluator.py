"""Grades bisect-slot-finder-other-day-bookings from the tracker (the bug Kai filed) and chat (his reply to Sofia).

The regression (hooks/populate_data.py): Daniel's "Work out travel buffers once per zone" (2026-11-16) makes
``free_intervals()`` ignore the day of the appointments whenever a job zone is given, so ``find_slots()`` for
Tuesday 2026-11-24 sees Ana's Monday 09:00-12:00 job and offers 12:15 first instead of 08:00.

One ticket is asked for: every checkpoint grades the one issue kai.morgan opened and left open (any project);
none or several (duplicates) fail them all. The ticket's text is its subject, description and Kai's notes on it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import requests

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge, repos
from grading.answers import has_word, keyword_soup, labelled_values, sentences
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPORTER = "sofia.alvarez"
PROJECT = "fieldday"
REPO = "dispatch-core"
CULPRIT = ("Work out travel buffers once per zone", "2026-11-16T11:20:00-06:00")
FUNCTION = "free_intervals"
CAUSE = re.compile(r"\b(?:caus\w*|broke\w*|bug|regress\w*|introduc\w*|rewr[io]te\w*|chang\w*|no\s+longer"
                   r"|stopp\w*|drop\w*|ignor\w*|skip\w*|lost|los\w+|forg[eo]t\w*|miss\w*|filter\w*|wrong|fault"
                   r"|culprit)\b", re.IGNORECASE)
HEDGE = re.compile(r"\b(?:either|maybe|perhaps|possibly|might|could\s+be|suspects?|one\s+of|or)\b", re.IGNORECASE)
PACKAGE_FUNCTIONS = ("to_minutes", "fmt", "parse", "overlaps", "contains", "intersect", "expand", "merge",
                     "subtract", "shift_on", "can_do", "weekly_shifts", "booked", "booked_minutes", FUNCTION,
                     "travel_minutes", "round_up", "find_slots", "schedule", "for_technician")
MAX_FUNCTIONS = 5
SHA = re.compile(r"(?<![0-9a-z])[0-9a-f]{7,40}(?![0-9a-z])", re.IGNORECASE)

PREDICATE = (
    "The bug ticket gives steps to reproduce that a developer can follow without asking: a technician (Ana, "
    "08:00-16:00) with a booking on one day (Monday 2026-11-23, 09:00-12:00) and a slot search (find_slots / the "
    "slot finder) for a different day (Tuesday 2026-11-24) with that booking passed in; the expected result (the "
    "Tuesday morning is free, first slot 08:00) and the actual result (first slot 12:15: the other day's booking "
    "blocks the same hours). It is a real write-up, not a list of keywords."
)
STEP = re.compile(r"^\s*(?:[-*]\s+)?(?:\*\*)?(?:step\s+)?\d{1,2}[.):](?:\*\*)?\s+(.+)$", re.IGNORECASE | re.MULTILINE)
FENCE = re.compile(r"```[^\n]*\n(.*?)```", re.DOTALL)
SEARCH = re.compile(r"find_slots|slot[\s-]?finder|schedule\s*\(", re.IGNORECASE)
MONDAY = re.compile(r"monday|2026-11-23|\b11[-/]23\b|nov(?:ember)?\.?\s+23\b|\b23\s+nov|date\(2026,\s*11,\s*23\)",
                    re.IGNORECASE)
TUESDAY = re.compile(r"tuesday|2026-11-24|\b11[-/]24\b|nov(?:ember)?\.?\s+24\b|\b24\s+nov"
                     r"|date\(2026,\s*11,\s*24\)", re.IGNORECASE)
EIGHT = re.compile(r"(?<![\d:])0?8(?::00|\s*(?:am|a\.m\.))(?!\d)", re.IGNORECASE)
QUARTER_PAST_NOON = re.compile(r"(?<![\d:])12:15(?!\d)")


# --- the ticket -----------------------------------------------------------------------------------------------------


@cache
def _open_issues() -> tuple[Issue, ...]:
    """Issues the examinee opened, in any project, that are not closed (subprojects list an issue twice)."""
    tracker = TrackerClient(*admin())
    found = {i.id: i for p in tracker.projects() for i in tracker.issues(p.identifier, status="all")
             if i.author == EXAMINEE and not i.is_closed}
    return tuple(found.values())


@cache
def _ticket() -> Issue | None:
    """The one ticket the examinee filed, with its notes (None when none or several are open)."""
    issues = _open_issues()
    return TrackerClient(*admin()).issue(issues[0].id) if len(issues) == 1 else None


def _ticket_text(issue: Issue) -> str:
    notes = "\n\n".join(c.text for c in issue.comments if c.author == EXAMINEE and c.text.strip())
    return f"Subject: {issue.subject}\n\n{issue.description}\n\n{notes}".strip()


def _watchers(issue_id: int) -> set[str]:
    tracker = TrackerClient(*admin())
    response = requests.get(f"{tracker.base_url}/issues/{issue_id}.json", params={"include": "watchers"},
                            auth=admin(), timeout=15)
    response.raise_for_status()
    return {tracker.username_of(w["id"]) for w in response.json()["issue"].get("watchers", [])}


# --- the repository ---------------------------------------------------------------------------------------------------


@cache
def _commits() -> tuple[tuple[str, str, str], ...]:
    """(sha, author date, subject) of every commit of dispatch-core, all branches."""
    url = GitClient(*admin()).clone_url(REPO, with_credentials=True)
    dest = Path(tempfile.mkdtemp(prefix="clone-")) / REPO
    subprocess.run(["git", "clone", "-q", "--bare", url, str(dest)], check=True, env=repos.git_env(),
                   capture_output=True, timeout=120)
    log = subprocess.run(["git", "log", "--all", "--format=%H%x09%aI%x09%s"], cwd=dest, env=repos.git_env(),
                         check=True, capture_output=True, text=True, timeout=120).stdout
    return tuple(tuple(line.split("\t", 2)) for line in log.splitlines())  # type: ignore[misc]


def _culprit() -> str:
    for sha, when, subject in _commits():
        if (subject, when) == CULPRIT:
            return sha
    raise LookupError(f"the seeded commit {CULPRIT[0]!r} is gone")


def _commits_named(text: str) -> set[str]:
    """Full shas of the repository's commits that a hex token of 7+ digits in ``text`` abbreviates."""
    tokens = {t.lower() for t in SHA.findall(text)}
    return {sha for sha, _, _ in _commits() for t in tokens if sha.startswith(t)}


# --- checks ---------------------------------------------------------------------------------------------------------


def _functions_named(text: str) -> set[str]:
    """Package functions the text names as code: names with an underscore as whole words; others only as
    ``name(``, `` `name` `` or ``module.name`` (plain English "booked", "schedule", "merge" do not count)."""
    named = set()
    for name in PACKAGE_FUNCTIONS:
        if "_" in name:
            hit = has_word(text, name)
        else:
            hit = re.search(rf"(?<![\w.])(?:\w+\.)?{name}\s*\(|`(?:\w+\.)*{name}(?:\(\))?`|\b\w+\.{name}\b",
                            text) is not None
        if hit:
            named.add(name)
    return named


def _part(text: str, *labels: str) -> str:
    """The write-up's part labelled with one of ``labels`` (a labelled line or block, or a sentence opening with
    the label, as in "Expected: ..." or "Actual result 12:15 ...")."""
    values = labelled_values(text, *labels)
    if values:
        return values[0]
    for sentence in sentences(text):
        if re.match(rf"^\W*(?:{'|'.join(re.escape(label) for label in labels)})\b", sentence, re.IGNORECASE):
            return sentence
    return ""


def repro_fallback(text: str) -> bool:
    """The judge's question asked deterministically: steps (two or more numbered steps, or a code block) that
    search slots for the Tuesday with the Monday booking; an expected part with 08:00; an actual part with
    12:15."""
    steps = "\n".join([m.group(1) for m in STEP.finditer(text)] + FENCE.findall(text))
    has_steps = len(STEP.findall(text)) >= 2 or bool(FENCE.search(text))
    expected = _part(text, "expected", "expected result", "expected behaviour", "expected behavior", "should")
    actual = _part(text, "actual", "actual result", "actual behaviour", "actual behavior", "observed", "instead",
                   "got")
    return (has_steps and SEARCH.search(steps) is not None and MONDAY.search(steps) is not None
            and TUESDAY.search(steps) is not None and EIGHT.search(expected) is not None
            and QUARTER_PAST_NOON.search(actual) is not None)


def _ticket_refs(text: str) -> set[int]:
    """Ticket numbers written in a message: ``#51``, ``.../issues/51``, ``ticket 51``, ``issue #51``, ``bug 51``."""
    pattern = re.compile(r"(?:(?<![\w&])#|issues/|\b(?:issue|ticket|bug|number|no\.)\s*(?:#|no\.?\s*|number\s*)?)"
                         r"(\d{1,6})\b", re.IGNORECASE)
    return {int(n) for n in pattern.findall(text)}


@grader
def bug_filed_for_sofia() -> bool:
    """The one open ticket is a FieldDay Bug that Sofia follows (watcher, or @-mentioned so Redmine notifies her)."""
    ticket = _ticket()
    if ticket is None or ticket.project != PROJECT or ticket.tracker != "Bug":
        return False
    mentioned = re.search(rf"(?<![\w.])@{re.escape(REPORTER)}\b", _ticket_text(ticket)) is not None
    return mentioned or REPORTER in _watchers(ticket.id)


@grader
def offending_commit_named() -> bool:
    """The ticket names the culprit's id and no other commit of the repository."""
    ticket = _ticket()
    return ticket is not None and _commits_named(_ticket_text(ticket)) == {_culprit()}


def _prose(text: str) -> str:
    """``text`` without fenced code blocks (a repro script names whatever it calls)."""
    return FENCE.sub("\n", text)


def function_fallback(text: str) -> bool:
    """A sentence of the prose names free_intervals with what went wrong in it (not keyword soup); no sentence
    naming it hedges with another function; the prose names at most MAX_FUNCTIONS of the package's functions."""
    prose = _prose(text)
    blamed = [s for s in sentences(prose) if re.search(rf"\b{FUNCTION}\b", s) and CAUSE.search(s)
              and not keyword_soup(s)]
    hedged = [s for s in sentences(prose) if re.search(rf"\b{FUNCTION}\b", s) and HEDGE.search(s)
              and len(_functions_named(s)) > 1]
    return bool(blamed) and not hedged and len(_functions_named(prose)) <= MAX_FUNCTIONS


@grader
def affected_function_named() -> bool:
    """The ticket says the regression is in free_intervals (one function, not a list of suspects)."""
    ticket = _ticket()
    return ticket is not None and function_fallback(_ticket_text(ticket))


@grader
def reproduction_steps() -> bool:
    ticket = _ticket()
    return ticket is not None and llm_judge(_ticket_text(ticket), PREDICATE, fallback=repro_fallback)


@grader
def sofia_told_ticket() -> bool:
    """In the DM with Sofia, Kai gave the ticket's number and no other; any commit id he gave is the culprit's."""
    ticket = _ticket()
    if ticket is None:
        return False
    with login(*examinee()) as chat:
        mine = [m.body for m in chat.direct_messages(REPORTER) if m.sender == EXAMINEE]
    refs = set().union(*(_ticket_refs(body) for body in mine))
    commits = set().union(*(_commits_named(body) for body in mine))
    return refs == {ticket.id} and commits <= {_culprit()}


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(bug_filed_for_sofia())),
        Checkpoint(1, int(offending_commit_named())),
        Checkpoint(1, int(affected_function_named())),
        Checkpoint(1, int(reproduction_steps())),
        Checkpoint(1, int(sofia_told_ticket())),
    ])
