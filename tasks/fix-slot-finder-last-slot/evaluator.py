"""Grades fix-slot-finder-last-slot from the git server (the fix branch, graded against the seeded commit) and
the tracker.

Everything is compared with the seeded head of main (Sofia's regression-test commit), never with the current
main. The examinee's code runs only in grading.isolated jobs: the seeded tests and test configuration against
the seeded repository with only the branch's ``dispatch_core/`` package swapped in (no top-level module of
theirs can shadow the test runner), plus a canary test (random name, must fail: a package that turns failures
into passes is caught) and the hidden behaviour checks in a separate plain-python process.
"""

from __future__ import annotations

import io
import re
import secrets
import shutil
import subprocess
import tarfile
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.answers import same_branch
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPO = "dispatch-core"
PACKAGE = "dispatch_core"
SLOTS = "dispatch_core/slots.py"
TESTS = "tests/test_slots.py"
SEEDED_BRANCHES = {"main", "feature/multi-day-jobs"}
SEEDED_SUBJECT = "Add regression test for slots ending at shift end"
SEEDED_DATE = "2026-11-12T13:20:00-06:00"
ISSUE_SUBJECT = "Slot finder never offers the last slot of a shift"
REGRESSION_TEST = "test_slot_can_end_exactly_at_shift_end"
SEEDED_TEST_COUNT = 35

# Behaviour a correct fix must show; run with the candidate on sys.path, reports JSON.
HIDDEN_CHECKS = r"""
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
REGRESSION_KEYS = ("count", "last")  # the regression test's own assertions, checked outside pytest

# A test that must fail: if it comes back passed, the package under test rewrites the runner's verdicts.
CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""

def {CANARY_NAME}(ana: Technician, monday: date) -> None:
    assert str(find_slots(Job("j-c", "hvac", 60), [ana], [], monday)[0]) == "07:00-08:00 t-ana"
"""

# --- git (a full local clone; the seeded commit found by subject and date) -------------------------------


@cache
def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


@cache
def _repo() -> Path:
    url = GitClient(*admin()).clone_url(REPO, with_credentials=True)
    dest = Path(tempfile.mkdtemp(prefix="clone-")) / REPO
    subprocess.run(["git", "clone", "-q", "--no-checkout", url, str(dest)], check=True, env=repos.git_env(),
                   capture_output=True, timeout=120)
    return dest


def _git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=_repo(), env=repos.git_env(), check=check, capture_output=True,
                          text=True, timeout=120)


@cache
def _seeded() -> str:
    """The sha of the seeded head of main (wherever it is reachable from now)."""
    for line in _git("log", "--all", "--format=%H%x09%aI%x09%s").stdout.splitlines():
        sha, when, subject = line.split("\t", 2)
        if subject == SEEDED_SUBJECT and when == SEEDED_DATE:
            return sha
    raise LookupError(f"the seeded commit {SEEDED_SUBJECT!r} is gone")


def _ref(branch: str) -> str:
    return f"refs/remotes/origin/{branch}"


@cache
def _new_branches() -> tuple[str, ...]:
    refs = _git("for-each-ref", "--format=%(refname)", "refs/remotes/origin/").stdout.split()
    names = [r.removeprefix("refs/remotes/origin/") for r in refs]
    return tuple(n for n in names if n != "HEAD" and n not in SEEDED_BRANCHES)


def _changes_slots(branch: str) -> bool:
    return _git("diff", "--quiet", _seeded(), _ref(branch), "--", SLOTS, check=False).returncode == 1


def _show(ref: str, path: str) -> str:
    return _git("show", f"{ref}:{path}", check=False).stdout


def _export(ref: str, dest: Path, *paths: str) -> None:
    data = subprocess.run(["git", "archive", "--format=tar", ref, "--", *paths], cwd=_repo(), env=repos.git_env(),
                          check=True, capture_output=True, timeout=120).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():  # regular files only: no links out of the folder
            target = dest / member.name
            if not member.isfile() or member.name.startswith("/") or ".." in Path(member.name).parts:
                continue
            source = tar.extractfile(member)
            if source is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read())


# --- which branch is the fix ----------------------------------------------------------------------------


def _names_branch(text: str, branch: str) -> bool:
    """``text`` names ``branch`` as a whole name (``fix/slot`` is neither ``bugfix/slot`` nor ``fix/slot-2``);
    a sentence's closing punctuation and quotes around it are fine."""
    return any(same_branch(token.rstrip("."), branch) for token in re.findall(r"[\w./#+-]+", text))


@cache
def _issue() -> Issue:
    issue = _tracker().find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


def _examinee_notes() -> list[str]:
    return [c.text for c in _issue().comments if c.author == EXAMINEE and c.text.strip()]


@cache
def _fix_branch() -> str | None:
    """The one new branch that changes slots.py; among several, the one the examinee's ticket notes name
    (several named, or none when several exist: no answer)."""
    candidates = [b for b in _new_branches() if _changes_slots(b)]
    if len(candidates) == 1:
        return candidates[0]
    named = [b for b in candidates if any(_names_branch(t, b) for t in _examinee_notes())]
    return named[0] if len(named) == 1 else None


# --- running the candidate ------------------------------------------------------------------------------


@cache
def _pristine_with_canary() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="pristine-")) / REPO
    _export(_seeded(), dest)
    with (dest / TESTS).open("a", encoding="utf-8") as fh:
        fh.write(CANARY)
    return dest


@cache
def _candidate(branch: str) -> Path:
    """The seeded repository with the branch's package in place of the seeded one."""
    dest = Path(tempfile.mkdtemp(prefix="candidate-")) / REPO
    _export(_seeded(), dest)
    shutil.rmtree(dest / PACKAGE)
    _export(_ref(branch), dest, PACKAGE)
    return dest


@cache
def _test_results(branch: str) -> dict[str, str]:
    return repos.pytest_outcomes(_candidate(branch), pristine=_pristine_with_canary())


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_candidate(branch), HIDDEN_CHECKS, timeout=60)
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


def _suite_green(branch: str) -> bool:
    seeded_test = _function_source(_show(_seeded(), TESTS), REGRESSION_TEST)
    if not seeded_test or _function_source(_show(_ref(branch), TESTS), REGRESSION_TEST) != seeded_test:
        return False
    results = dict(_test_results(branch))
    canary = [o for t, o in results.items() if t.endswith(f"::{CANARY_NAME}")]
    if canary != ["failed"]:
        return False  # the verdicts of this run cannot be trusted
    results = {t: o for t, o in results.items() if not t.endswith(f"::{CANARY_NAME}")}
    regression = [o for t, o in results.items() if t.endswith(f"::{REGRESSION_TEST}")]
    hidden = _hidden(branch)
    return (regression == ["passed"] and len(results) >= SEEDED_TEST_COUNT
            and all(o == "passed" for o in results.values())
            and all(hidden.get(k) == EXPECTED[k] for k in REGRESSION_KEYS))


# --- checkpoints ----------------------------------------------------------------------------------------


@grader
def fix_branch_suite_passes() -> bool:
    """The fix branch changes slots.py; the seeded suite passes on its package, regression test unchanged."""
    branch = _fix_branch()
    return branch is not None and _suite_green(branch)


@grader
def behaviour_correct_and_main_untouched() -> bool:
    """Hidden checks (exact-fit gaps, travel buffers, windows, steps) pass; main is still the seeded head."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _fix_branch()
    return branch is not None and _suite_green(branch) and _hidden(branch) == EXPECTED


@grader
def commit_references_issue() -> bool:
    """A commit on the fix branch that is not in the seeded history mentions the ticket as #<id>."""
    branch = _fix_branch()
    if branch is None:
        return False
    messages = _git("log", "--format=%B%x00", f"{_seeded()}..{_ref(branch)}").stdout
    return re.search(rf"(?<![\w&])#{_issue().id}(?!\d)", messages) is not None


@grader
def ticket_updated() -> bool:
    """Assigned to the examinee, Resolved, and a note of theirs names the fix branch, whose suite passes."""
    issue = _issue()
    if issue.assignee != EXAMINEE or issue.status != "Resolved":
        return False
    branch = _fix_branch()
    return (branch is not None and any(_names_branch(t, branch) for t in _examinee_notes())
            and _suite_green(branch))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(fix_branch_suite_passes())),
        Checkpoint(1, int(behaviour_correct_and_main_untouched())),
        Checkpoint(1, int(commit_references_issue())),
        Checkpoint(1, int(ticket_updated())),
    ])
