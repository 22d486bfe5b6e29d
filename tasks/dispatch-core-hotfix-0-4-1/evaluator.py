"""Grades dispatch-core-hotfix-0-4-1 from the git server (release branch, tag) and the ticket.

release/0.4 must be the seeded release commit ("Release 0.4.0") plus the slot fix and Sofia's regression test,
nothing of Tomas's travel-time overrides, version 0.4.1 with a changelog entry, and the annotated tag v0.4.1 on its
head. The branch's code only runs through grading.repos (a throwaway container).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
REPO = "dispatch-core"
RELEASE = "release/0.4"
RELEASE_SUBJECT = "Release 0.4.0"
PRIYA = "priya.natarajan@tallgrass.test"
MAIN_HEAD_SUBJECT = "Use measured travel times in the slot finder"
TICKET = "Slot finder never offers the last slot of a shift"
REGRESSION_TEST = "test_slot_can_end_exactly_at_shift_end"
TOMAS_TEST = "test_measured_travel_time_overrides_the_default"
ALLOWED_CHANGES = {"dispatch_core/slots.py", "tests/test_slots.py", "pyproject.toml", "CHANGELOG.md"}
SEEDED_TESTS = 35

HIDDEN_CHECKS = r"""
import inspect
from datetime import date
from dispatch_core import Appointment, Interval, Job, Technician, find_slots, weekly_shifts
from dispatch_core.availability import free_intervals
day = date(2026, 11, 16)
ana = Technician("t-ana", "Ana", frozenset({"hvac"}), weekly_shifts("08:00-16:00"))
def show(slots):
    return [str(s) for s in slots]
appts = [Appointment("a1", "t-ana", day, Interval.parse("08:00-09:00")),
         Appointment("a2", "t-ana", day, Interval.parse("11:00-16:00"))]
whole = find_slots(Job("j1", "hvac", 60), [ana], [], day)
report({
    "count": len(whole),
    "last": str(whole[-1]) if whole else None,
    "exact_gap_same_zone": show(find_slots(Job("j2", "hvac", 90), [ana], appts, day)),
    "exact_gap_other_zone": show(find_slots(Job("j3", "hvac", 60, zone="north"), [ana], appts, day)),
    "too_long": show(find_slots(Job("j4", "hvac", 100), [ana], appts, day)),
    "find_slots_params": list(inspect.signature(find_slots).parameters),
    "free_intervals_params": list(inspect.signature(free_intervals).parameters),
})
"""
EXPECTED_FIX = {
    "count": 29, "last": "15:00-16:00 t-ana", "exact_gap_same_zone": ["09:15-10:45 t-ana"],
    "exact_gap_other_zone": ["09:30-10:30 t-ana"], "too_long": [],
}
SEEDED_PARAMS = {
    "find_slots_params": ["job", "technicians", "appointments", "day", "step", "limit"],
    "free_intervals_params": ["technician", "day", "appointments", "job_zone"],
}


def _sh(*args: str, cwd: Path | None = None, check: bool = True) -> str:
    done = subprocess.run(args, cwd=cwd, check=check, env=repos.git_env(), capture_output=True, text=True, timeout=120)
    return done.stdout.strip() if done.returncode == 0 else ""


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _repo() -> Path:
    """A bare-ish clone with every branch and tag."""
    dest = Path(tempfile.mkdtemp(prefix="eval-clone-")) / REPO
    _sh("git", "clone", "-q", "--no-checkout", _git().clone_url(REPO, with_credentials=True), str(dest))
    _sh("git", "fetch", "-q", "--tags", "--force", "origin", cwd=dest)
    return dest


@cache
def _seeded_release() -> str:
    for line in _sh("git", "log", "--format=%H %ae %s", f"origin/{RELEASE}", "-n", "50", cwd=_repo()).splitlines():
        sha, email, subject = line.split(" ", 2)
        if subject == RELEASE_SUBJECT and email == PRIYA:
            return sha
    raise LookupError("the seeded release commit is not on the release branch")


@cache
def _head() -> str:
    return _sh("git", "rev-parse", f"origin/{RELEASE}", cwd=_repo())


@cache
def _checkout(sha: str) -> Path:
    work = Path(tempfile.mkdtemp(prefix="eval-")) / REPO
    _sh("git", "worktree", "add", "-q", "--detach", str(work), sha, cwd=_repo())
    return work


def _show(sha: str, path: str) -> str:
    return _sh("git", "show", f"{sha}:{path}", cwd=_repo(), check=False)


@cache
def _hidden() -> dict[str, object]:
    found = repos.run_python(_checkout(_head()), HIDDEN_CHECKS, timeout=60)
    return found if isinstance(found, dict) else {}


@cache
def _fix_on_release() -> bool:
    head, seeded = _head(), _seeded_release()
    if not head or subprocess.run(["git", "merge-base", "--is-ancestor", seeded, head], cwd=_repo(),
                                  env=repos.git_env(), capture_output=True).returncode != 0:
        return False
    outcomes = repos.pytest_outcomes(_checkout(head), pristine=_checkout(seeded), tests="examinee")
    regression = [o for t, o in outcomes.items() if t.endswith(f"::{REGRESSION_TEST}")]
    hidden = _hidden()
    return (regression == ["passed"] and len(outcomes) >= SEEDED_TESTS
            and all(o == "passed" for o in outcomes.values())
            and {k: hidden.get(k) for k in EXPECTED_FIX} == EXPECTED_FIX)


def _version(text: str) -> str | None:
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return found.group(1) if found else None


def _ticket_id() -> int:
    issue = TrackerClient(*admin()).find_issue("fieldday", TICKET)
    if issue is None:
        raise LookupError(f"issue {TICKET!r} not found")
    return issue.id


# --- checkpoints ---------------------------------------------------------------------------------

@grader
def fix_on_release_branch() -> bool:
    """release/0.4 builds on the seeded release commit, has the fix and the regression test, its suite passes."""
    return _fix_on_release()


@grader
def nothing_else_from_main() -> bool:
    """Only slots.py, test_slots.py, pyproject.toml and CHANGELOG.md changed; no travel-time overrides."""
    if not _fix_on_release():
        return False
    changed = set(_sh("git", "diff", "--name-only", _seeded_release(), _head(), cwd=_repo()).split())
    hidden = _hidden()
    return (changed <= ALLOWED_CHANGES and TOMAS_TEST not in _show(_head(), "tests/test_slots.py")
            and {k: hidden.get(k) for k in SEEDED_PARAMS} == SEEDED_PARAMS)


@grader
def version_and_changelog() -> bool:
    """Version 0.4.1; a 0.4.1 section dated 2026-11-23 on top of the changelog naming the fix and its ticket,
    the older sections untouched."""
    if not _fix_on_release():
        return False
    head, seeded = _head(), _seeded_release()
    if _version(_show(head, "pyproject.toml")) != "0.4.1":
        return False
    old, new = _show(seeded, "CHANGELOG.md"), _show(head, "CHANGELOG.md")
    old_head, _, old_rest = old.partition("\n## ")
    new_head, _, new_rest = new.partition("\n## ")
    heading, _, body = new_rest.partition("\n")
    entry, _, later = body.partition("\n## ")
    return (new_head.strip() == old_head.strip() and "0.4.1" in heading and "2026-11-23" in heading
            and later.strip() == old_rest.strip()
            and re.search(rf"#{_ticket_id()}\b", entry) is not None
            and re.search(r"slot|shift", entry, re.IGNORECASE) is not None)


@grader
def annotated_tag_on_release() -> bool:
    """v0.4.1 is an annotated tag on the release branch's head, which checkpoint 1 accepts."""
    if not _fix_on_release():
        return False
    kind = _sh("git", "cat-file", "-t", "refs/tags/v0.4.1", cwd=_repo(), check=False)
    target = _sh("git", "rev-parse", "refs/tags/v0.4.1^{commit}", cwd=_repo(), check=False)
    return kind == "tag" and target == _head()


@grader
def ticket_comment_main_untouched() -> bool:
    """main still ends with Tomas's commit; the tag exists; kai commented on the ticket naming 0.4.1."""
    if _git().log(REPO, "main", n=1)[0].subject != MAIN_HEAD_SUBJECT:
        return False
    if not _sh("git", "rev-parse", "--verify", "-q", "refs/tags/v0.4.1", cwd=_repo(), check=False):
        return False
    issue = TrackerClient(*admin()).issue(_ticket_id())
    return any(c.author == EXAMINEE and re.search(r"(?<![\w.])v?0\.4\.1(?![\w]|\.\d)", c.text) for c in issue.comments)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(fix_on_release_branch())),
        Checkpoint(1, int(nothing_else_from_main())),
        Checkpoint(1, int(version_and_changelog())),
        Checkpoint(1, int(annotated_tag_on_release())),
        Checkpoint(1, int(ticket_comment_main_untouched())),
    ])
