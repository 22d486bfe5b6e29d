"""Grades fix-slot-finder-last-slot from the git server (fix branch, tests on a fresh clone) and the tracker.

The repository's tests and hidden behaviour checks run on a fresh clone in a temporary folder, with
the image's pytest (grading.repos; no network needed).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPO = "dispatch-core"
SEEDED_BRANCHES = {"main", "feature/multi-day-jobs"}
MAIN_HEAD_SUBJECT = "Add regression test for slots ending at shift end"
ISSUE_SUBJECT = "Slot finder never offers the last slot of a shift"
REGRESSION_TEST = "test_slot_can_end_exactly_at_shift_end"
SEEDED_TEST_COUNT = 35

# Behaviour a correct fix must show; run with the clone on sys.path, prints JSON.
HIDDEN_CHECKS = r"""
import json
from datetime import date
from dispatch_core import Appointment, Interval, Job, Technician, find_slots, weekly_shifts
day = date(2026, 11, 16)
ana = Technician("t-ana", "Ana", frozenset({"hvac"}), weekly_shifts("08:00-16:00"))
def show(slots):
    return [str(s) for s in slots]
appts = [Appointment("a1", "t-ana", day, Interval.parse("08:00-09:00")),
         Appointment("a2", "t-ana", day, Interval.parse("11:00-16:00"))]
whole = find_slots(Job("j1", "hvac", 60), [ana], [], day)
report(({
    "count": len(whole),
    "last": str(whole[-1]) if whole else None,
    "exact_gap_same_zone": show(find_slots(Job("j2", "hvac", 90), [ana], appts, day)),
    "exact_gap_other_zone": show(find_slots(Job("j3", "hvac", 60, zone="north"), [ana], appts, day)),
    "too_long": show(find_slots(Job("j4", "hvac", 100), [ana], appts, day)),
    "window": show(find_slots(Job("j5", "hvac", 60, window=Interval.parse("13:00-14:00")), [ana], [], day)),
    "step30": len(find_slots(Job("j6", "hvac", 60), [ana], [], day, step=30)),
    "limit": show(find_slots(Job("j7", "hvac", 60), [ana], [], day, limit=2)),
}))
"""
EXPECTED = {
    "count": 29,
    "last": "15:00-16:00 t-ana",
    "exact_gap_same_zone": ["09:15-10:45 t-ana"],
    "exact_gap_other_zone": ["09:30-10:30 t-ana"],
    "too_long": [],
    "window": ["13:00-14:00 t-ana"],
    "step30": 15,
    "limit": ["08:00-09:00 t-ana", "08:15-09:15 t-ana"],
}


# --- git and test helpers ----------------------------------------------------------------------

_env = repos.git_env


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _clone(branch: str) -> Path:
    return repos.clone(_git().clone_url(REPO, with_credentials=True), branch, REPO)


@cache
def _test_results(branch: str) -> dict[str, str]:
    """Test id -> passed/failed/error/skipped for the repository's own suite at ``branch``."""
    return repos.pytest_outcomes(_clone(branch), pristine=_pristine())


@cache
def _pristine() -> Path:
    """The repository as seeded (its tests and test configuration are the ones that count)."""
    return repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), MAIN_HEAD_SUBJECT)


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_clone(branch), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _function_source(text: str, name: str) -> str:
    """The source of a top-level ``def name`` (with decorators just above it), whitespace-normalised."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(f"def {name}("):
            start = i
            while start > 0 and lines[start - 1].startswith("@"):
                start -= 1
            end = i + 1
            while end < len(lines) and (not lines[end] or lines[end][0] in " \t)"):
                end += 1
            return "\n".join(ln.rstrip() for ln in lines[start:end]).strip()
    return ""


@cache
def _new_branches() -> tuple[str, ...]:
    return tuple(b.name for b in _git().branches(REPO) if b.name not in SEEDED_BRANCHES)


@cache
def _fix_branches() -> tuple[str, ...]:
    """New branches whose find_slots differs from main's."""
    main_slots = _git().file_text(REPO, "dispatch_core/slots.py", ref="main")
    return tuple(b for b in _new_branches()
                 if _git().file_text(REPO, "dispatch_core/slots.py", ref=b) != main_slots)


def _suite_green(branch: str) -> bool:
    main_test = _function_source(_git().file_text(REPO, "tests/test_slots.py", ref="main"), REGRESSION_TEST)
    branch_test = _function_source(_git().file_text(REPO, "tests/test_slots.py", ref=branch), REGRESSION_TEST)
    if not main_test or branch_test != main_test:
        return False
    results = _test_results(branch)
    regression = [o for t, o in results.items() if t.endswith(f"::{REGRESSION_TEST}")]
    return (regression == ["passed"] and len(results) >= SEEDED_TEST_COUNT
            and all(o == "passed" for o in results.values()))


@cache
def _issue() -> Issue:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


# --- checkpoints --------------------------------------------------------------------------------

@grader
def fix_branch_suite_passes() -> bool:
    """A new branch changes find_slots; its full suite passes with the regression test unchanged."""
    return any(_suite_green(b) for b in _fix_branches())


@grader
def behaviour_correct_and_main_untouched() -> bool:
    """Hidden checks (exact-fit gaps, travel buffers, windows, steps) pass; main is still the seeded head."""
    if _git().log(REPO, "main", n=1)[0].subject != MAIN_HEAD_SUBJECT:
        return False
    return any(_suite_green(b) and _hidden(b) == EXPECTED for b in _fix_branches())


@grader
def commit_references_issue() -> bool:
    """A commit on the fix branch that is not on main mentions the ticket as #<id>."""
    main_shas = {c.sha for c in _git().log(REPO, "main", n=50)}
    pattern = re.compile(rf"#{_issue().id}\b")
    for branch in _fix_branches():
        for commit in _git().log(REPO, branch, n=20):
            if commit.sha not in main_shas and pattern.search(commit.message):
                return True
    return False


@grader
def ticket_updated() -> bool:
    """The ticket is assigned to the examinee, Resolved, with their comment naming a pushed branch."""
    issue = _issue()
    if issue.assignee != EXAMINEE or issue.status != "Resolved":
        return False
    branches = _fix_branches() or _new_branches()
    return any(c.author == EXAMINEE and any(b in c.text for b in branches) for c in issue.comments)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(fix_branch_suite_passes())),
        Checkpoint(1, int(behaviour_correct_and_main_untouched())),
        Checkpoint(1, int(commit_references_issue())),
        Checkpoint(1, int(ticket_updated())),
    ])
