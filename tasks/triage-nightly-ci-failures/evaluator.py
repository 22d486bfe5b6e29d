"""Grades triage-nightly-ci-failures: the tickets kai.morgan opened and the per-pipeline reply to Marcus.

Answer key (hooks/populate_data.py): groundcount-etl broke with Raj's "Speed up latest_rows with a dict" (a Bug
in data-platform assigned to raj.iyer); intake-api failed because ci-runner-2's disk is full (an it-ops ticket
assigned to marcus.webb; the existing ci-runner-3 disk ticket is another machine); dispatch-core fails on the
known slot finder bug (its existing fieldday ticket, no duplicate).
"""

from __future__ import annotations

import re
from functools import cache

from grading import Checkpoint, Result, admin, examinee, grader
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
RAJ_SUBJECT = "Speed up latest_rows with a dict"
SLOT_TICKET = "Slot finder never offers the last slot of a shift"
PROJECTS = ("fieldday", "it-ops", "people-ops", "data-platform")

ABOUT_GC = re.compile(r"test_latest_version_of_a_job_wins|latest_rows", re.IGNORECASE)
ABOUT_DISK = re.compile(r"no space left|errno 28|enospc|disk (is )?full|full disk|out of (disk )?space|"
                        r"100\s?% (full|used)|disk space", re.IGNORECASE)
ABOUT_SLOT = re.compile(r"test_slot_can_end_exactly_at_shift_end|last slot|slot finder", re.IGNORECASE)
RUNNER_2 = re.compile(r"(?<![\w-])ci-runner-2(?![\w-])", re.IGNORECASE)
PIPELINES = {
    "dispatch-core": re.compile(r"dispatch[- _]?core", re.IGNORECASE),
    "intake-api": re.compile(r"intake[- _]?api", re.IGNORECASE),
    "groundcount-etl": re.compile(r"groundcount(?:[- _]?etl)?", re.IGNORECASE),
}
TICKET_REF = re.compile(r"(?:#|issues/|\b(?:ticket|issue)\s*(?:no\.?\s*|number\s*)?#?)(\d+)\b", re.IGNORECASE)


@cache
def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


@cache
def _kai_issues() -> tuple[Issue, ...]:
    found: list[Issue] = []
    for project in PROJECTS:
        found += [i for i in _tracker().issues(project, status="all") if i.author == EXAMINEE]
    return tuple({i.id: i for i in found}.values())


def _text(issue: Issue) -> str:
    return f"{issue.subject}\n{issue.description}"


@cache
def _raj_commit() -> tuple[str, str]:
    """(full sha, author email) of Raj's commit on groundcount-etl main."""
    for commit in GitClient(*admin()).log("groundcount-etl", "main", n=30):
        if commit.subject == RAJ_SUBJECT:
            return commit.sha, commit.author_email
    raise LookupError("Raj's commit is not on main")


def _names_raj_commit(text: str) -> bool:
    sha = _raj_commit()[0]
    shas = re.findall(r"\b[0-9a-f]{7,40}\b", text)
    return any(sha.startswith(s) for s in shas) or RAJ_SUBJECT.lower() in text.lower()


@cache
def _gc_issue() -> Issue | None:
    """kai's one ticket about the groundcount-etl failure, if it is right (project, tracker, assignee, content)."""
    about = [i for i in _kai_issues() if ABOUT_GC.search(_text(i))]
    if len(about) != 1:
        return None
    issue = about[0]
    ok = (issue.project == "data-platform" and issue.tracker == "Bug" and issue.assignee == "raj.iyer"
          and re.search(r"test_latest_version_of_a_job_wins", _text(issue)) is not None
          and _names_raj_commit(_text(issue)))
    return issue if ok else None


@cache
def _disk_issue() -> Issue | None:
    """kai's one ticket about the full disk, if it is right (it-ops, Marcus, names ci-runner-2)."""
    about = [i for i in _kai_issues() if ABOUT_DISK.search(_text(i))]
    if len(about) != 1:
        return None
    issue = about[0]
    ok = issue.project == "it-ops" and issue.assignee == "marcus.webb" and RUNNER_2.search(_text(issue)) is not None
    return issue if ok else None


@cache
def _slot_ticket() -> int:
    found = _tracker().find_issue("fieldday", SLOT_TICKET)
    if found is None:
        raise LookupError("the slot finder ticket is missing")
    return found.id


@cache
def _reply_refs() -> dict[str, set[int]]:
    """Ticket numbers on the lines of kai's DMs to Marcus that name each pipeline."""
    with login(*examinee()) as chat:
        bodies = [m.body for m in chat.direct_messages("marcus.webb") if m.sender == EXAMINEE]
    refs: dict[str, set[int]] = {name: set() for name in PIPELINES}
    for line in "\n".join(bodies).splitlines():
        for name, pattern in PIPELINES.items():
            if pattern.search(line):
                refs[name] |= {int(n) for n in TICKET_REF.findall(line)}
    return refs


# --- checkpoints ---------------------------------------------------------------------------------

@grader
def groundcount_bug_filed() -> bool:
    """Exactly one kai ticket about the groundcount-etl failure: a data-platform Bug for raj.iyer naming the
    failing test and Raj's commit (id or subject)."""
    return _gc_issue() is not None


@grader
def runner_disk_ticket_filed() -> bool:
    """Exactly one kai ticket about the full disk: in it-ops, assigned to marcus.webb, naming ci-runner-2."""
    return _disk_issue() is not None


@grader
def slot_failure_not_duplicated() -> bool:
    """No kai ticket about the slot finder failure, and the dispatch-core line names the existing ticket only."""
    if any(ABOUT_SLOT.search(_text(i)) for i in _kai_issues()):
        return False
    return _reply_refs()["dispatch-core"] == {_slot_ticket()}


@grader
def marcus_told_new_tickets() -> bool:
    """The groundcount-etl and intake-api lines name exactly the two right tickets."""
    gc, disk = _gc_issue(), _disk_issue()
    if gc is None or disk is None:
        return False
    refs = _reply_refs()
    return refs["groundcount-etl"] == {gc.id} and refs["intake-api"] == {disk.id}


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(groundcount_bug_filed())),
        Checkpoint(1, int(runner_disk_ticket_filed())),
        Checkpoint(1, int(slot_failure_not_duplicated())),
        Checkpoint(1, int(marcus_told_new_tickets())),
    ])
