"""Grades review-multiday-jobs-branch: the review comment on the ticket and the failing tests pushed for Tomas.

Planted in Tomas's commit (hooks/populate_data.py): (A) book_multi_day() books consecutive calendar days,
so a job runs into the technician's days off (and reuses the first day's shift); (B) schedule_multi_day()
sorts by number of days before priority; (C) the slot-finder regression test is skipped instead of fixed.

The examinee's tests are judged per test on a fresh clone of their review branch, with the package
``dispatch_core/`` replaced by Tomas's code as pushed, by a corrected version, and by the corrected version
with bug A or B put back: a test "catches" a bug when it passes on the corrected code and fails with the bug.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, llm_judge, repos
from grading.clients.git import Commit, GitClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
REPO = "dispatch-core"
FEATURE = "feature/multi-day-jobs"
REVIEW = "review/multi-day-jobs"
SEEDED_BRANCHES = {"main", FEATURE}
TOMAS_SUBJECT = "Book multi-day jobs in the batch scheduler"
TOMAS_EMAIL = "tomas.lindqvist@tallgrass.test"
ISSUE_SUBJECT = "Support multi-day jobs in slot finder"

BUG_A_CODE = """    shift = technician.shift_on(start)
    if shift is None:
        raise ValueError(f"{technician.id} does not work on {start}")
    return [
        Appointment(job.id, technician.id, start + timedelta(days=n), shift, job.zone)
        for n in range(job.days)
    ]
"""
FIX_A_CODE = """    if technician.shift_on(start) is None:
        raise ValueError(f"{technician.id} does not work on {start}")
    days = working_days(technician, start, job.days)
    if len(days) < job.days:
        raise ValueError(f"{technician.id} has fewer than {job.days} working days from {start}")
    return [Appointment(job.id, technician.id, day, technician.shift_on(day), job.zone) for day in days]
"""
BUG_B_CODE = "key=lambda j: (-j.days, j.priority, j.id)"
FIX_B_CODE = "key=lambda j: (j.priority, -j.days, j.id)"
SLOT_BUG = "while start < latest_start:"
SLOT_FIX = "while start <= latest_start:"

PREDICATE_A = (
    "The review reports that the multi-day booking (book_multi_day / schedule_multi_day) books consecutive "
    "calendar days, so a multi-day job can be booked on the technician's days off (for example a weekend) "
    "instead of skipping to the next working day."
)
PREDICATE_B = (
    "The review reports that schedule_multi_day orders jobs by their number of days before their priority, "
    "so a longer but less urgent job can be booked ahead of (and block) a more urgent one."
)
PREDICATE_C = (
    "The review reports that the commit skips or disables the slot-finder regression test "
    "(test_slot_can_end_exactly_at_shift_end) instead of fixing the bug it documents."
)


def _has(text: str, *patterns: str) -> bool:
    return all(re.search(p, text, re.IGNORECASE) for p in patterns)


def fallback_a(text: str) -> bool:
    return _has(text, r"weekend|saturday|sunday|days? off|non-working|calendar days?|working days?",
                r"book_multi_day|booking|books|booked|timedelta|consecutive")


def fallback_b(text: str) -> bool:
    return _has(text, r"priorit|urgent", r"sort|order|first|before|ahead", r"days|longer|longest")


def fallback_c(text: str) -> bool:
    return _has(text, r"skip|disabl|silenc|quiet", r"test_slot_can_end_exactly_at_shift_end|regression test|shift end")


# --- services -----------------------------------------------------------------------------------

@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _tomas_commit() -> Commit:
    """Tomas's planted commit, found in the feature branch's history."""
    for commit in _git().log(REPO, FEATURE, n=30):
        if commit.subject == TOMAS_SUBJECT and commit.author_email == TOMAS_EMAIL:
            return commit
    raise LookupError("Tomas's commit is not on the feature branch")


@cache
def _review_text() -> str:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return "\n\n".join(c.text for c in issue.comments if c.author == EXAMINEE and c.text.strip())


# --- clones and test runs -----------------------------------------------------------------------

_env = repos.git_env


def _sh(args: list[str], cwd: Path | None = None) -> str:
    return subprocess.run(args, cwd=cwd, check=True, env=_env(), capture_output=True, text=True,
                          timeout=120).stdout


@cache
def _clone() -> Path:
    """A full clone (all branches) of the repository."""
    dest = Path(tempfile.mkdtemp(prefix="eval-clone-")) / REPO
    _sh(["git", "clone", "-q", "--no-checkout", _git().clone_url(REPO, with_credentials=True), str(dest)])
    return dest


@cache
def _review_branch() -> str | None:
    """The examinee's test branch: review/multi-day-jobs, else any new branch built on Tomas's commit."""
    names = [b.name for b in _git().branches(REPO) if b.name not in SEEDED_BRANCHES]
    tomas = _tomas_commit().sha
    for name in sorted(names, key=lambda n: n != REVIEW):
        proc = subprocess.run(["git", "merge-base", "--is-ancestor", tomas, f"origin/{name}"], cwd=_clone(),
                              env=_env(), capture_output=True, timeout=60)
        if proc.returncode == 0:
            return name
    return None


def _tomas_package(variant: str) -> dict[str, str]:
    """dispatch_core/*.py at Tomas's commit, corrected according to ``variant``."""
    sha = _tomas_commit().sha
    files = {}
    for path in _sh(["git", "ls-tree", "--name-only", sha, "dispatch_core/"], cwd=_clone()).split():
        files[path] = _sh(["git", "show", f"{sha}:{path}"], cwd=_clone())
    if variant == "tomas":
        return files
    multiday, slots = files["dispatch_core/multiday.py"], files["dispatch_core/slots.py"]
    if BUG_A_CODE not in multiday or BUG_B_CODE not in multiday or SLOT_BUG not in slots:
        raise ValueError("Tomas's code is not as planted")
    if variant != "bug_a":
        multiday = multiday.replace(BUG_A_CODE, FIX_A_CODE)
    if variant != "bug_b":
        multiday = multiday.replace(BUG_B_CODE, FIX_B_CODE)
    files["dispatch_core/multiday.py"] = multiday
    files["dispatch_core/slots.py"] = slots.replace(SLOT_BUG, SLOT_FIX)
    return files


@cache
def _outcomes(variant: str) -> dict[str, str]:
    """Test id -> passed/failed/error/skipped: the review branch's tests against a variant of the code."""
    branch = _review_branch()
    if branch is None:
        return {}
    work = Path(tempfile.mkdtemp(prefix="eval-")) / REPO
    _sh(["git", "worktree", "add", "-q", "--detach", str(work), f"origin/{branch}"], cwd=_clone())
    shutil.rmtree(work / "dispatch_core")
    for path, text in _tomas_package(variant).items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text, encoding="utf-8")
    # the examinee's tests, under the test configuration of Tomas's (seeded) commit
    return repos.pytest_outcomes(work, pristine=_seeded(), tests="examinee")


@cache
def _seeded() -> Path:
    """Tomas's commit as seeded: where the test configuration (conftest.py, pyproject) comes from."""
    seeded = Path(tempfile.mkdtemp(prefix="eval-")) / REPO
    _sh(["git", "worktree", "add", "-q", "--detach", str(seeded), _tomas_commit().sha], cwd=_clone())
    return seeded


@cache
def _catches(variant: str) -> bool:
    fixed, buggy = _outcomes("fixed"), _outcomes(variant)
    return any(o == "passed" and buggy.get(t) in {"failed", "error"} for t, o in fixed.items())


# --- checkpoints --------------------------------------------------------------------------------

@grader
def review_posted_branch_untouched() -> bool:
    """The examinee commented on the ticket, and Tomas's branch still ends with his commit."""
    head = _git().log(REPO, FEATURE, n=1)[0]
    return head.sha == _tomas_commit().sha and bool(_review_text())


@grader
def finds_days_off_bug() -> bool:
    text = _review_text()
    return bool(text) and llm_judge(text, PREDICATE_A, fallback=fallback_a)


@grader
def finds_priority_bug() -> bool:
    text = _review_text()
    return bool(text) and llm_judge(text, PREDICATE_B, fallback=fallback_b)


@grader
def finds_skipped_regression_test() -> bool:
    text = _review_text()
    return bool(text) and llm_judge(text, PREDICATE_C, fallback=fallback_c)


@grader
def review_branch_has_valid_failing_tests() -> bool:
    """A branch built on Tomas's commit has a test that fails on his code and passes on the corrected code."""
    tomas, fixed = _outcomes("tomas"), _outcomes("fixed")
    return any(o == "passed" and tomas.get(t) in {"failed", "error"} for t, o in fixed.items())


@grader
def tests_catch_days_off_bug() -> bool:
    return _catches("bug_a")


@grader
def tests_catch_priority_bug() -> bool:
    return _catches("bug_b")


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(review_posted_branch_untouched())),
        Checkpoint(1, int(finds_days_off_bug())),
        Checkpoint(1, int(finds_priority_bug())),
        Checkpoint(1, int(finds_skipped_regression_test())),
        Checkpoint(1, int(review_branch_has_valid_failing_tests())),
        Checkpoint(1, int(tests_catch_days_off_bug())),
        Checkpoint(1, int(tests_catch_priority_bug())),
    ])
