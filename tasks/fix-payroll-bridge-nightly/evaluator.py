"""Grades fix-payroll-bridge-nightly from the pushed branch (compared with the seeded commit) and Marcus's ticket.

The bug (hooks/populate_data.py): Tomas's "Use isocalendar for payroll weeks" makes ``payroll_week`` put a Sunday
in the week before (ISO weeks start on Monday); the README, the docstring and the two red tests say payroll weeks
run Sunday to Saturday. The code is wrong, not the tests. **The branch** (one answer) and the isolated runs of its
code are described in checkpoints.md: the seeded repository with only the branch's ``bridge/`` package (and, for
its own tests, its ``tests/``) swapped in, each run with a canary that must fail.
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
from grading.answers import same_branch, sentence_with
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPO = "payroll-bridge"
SEEDED_SUBJECT = "Add the export format to the README"
SEEDED_DATE = "2026-11-24T09:30:00-06:00"
BREAKING_SUBJECT = "Use isocalendar for payroll weeks"
BREAKING_DATE = "2026-11-23T16:10:00-06:00"
ISSUE_SUBJECT = "Nightly: payroll-bridge tests red since 2026-11-24"
SEEDED_TEST_COUNT = 14
RED_TESTS = ("test_sunday_starts_a_new_payroll_week", "test_sunday_hours_count_in_the_new_week")
PACKAGE = "bridge"
TESTS = "tests"
WEEKS_TESTS = "tests/test_weeks.py"

# Sunday-to-Saturday weeks around the seeded tests' dates and across the turn of the year (ISO week 2026-W53 ends
# on Sunday 2027-01-03, which starts a payroll week), and the export of such a week.
HIDDEN_CHECKS = r"""
from datetime import date
from bridge.entries import TimeEntry
from bridge.weeks import payroll_week
from bridge.export import export_rows

def attempt(make):
    try:
        return make()
    except BaseException as exc:
        return "EXC:" + type(exc).__name__

days = ["2026-11-21", "2026-11-22", "2026-11-23", "2026-11-28", "2026-11-29", "2026-12-27", "2026-12-30",
        "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-09"]
weeks = {d: attempt(lambda d=d: payroll_week(date.fromisoformat(d)).isoformat()) for d in days}
entries = [TimeEntry("ana", date(2026, 12, 27), 600)]
entries += [TimeEntry("ana", date(2026, 12, d), 480) for d in (28, 29, 30, 31)]
entries += [TimeEntry("ana", date(2027, 1, 1), 120), TimeEntry("ana", date(2027, 1, 2), 180),
            TimeEntry("ana", date(2027, 1, 3), 300), TimeEntry("bo", date(2026, 11, 21), 540),
            TimeEntry("bo", date(2026, 11, 22), 540)]
report({"weeks": weeks, "export": attempt(lambda: export_rows(entries))})
"""
EXPECTED = {
    "weeks": {"2026-11-21": "2026-11-15", "2026-11-22": "2026-11-22", "2026-11-23": "2026-11-22",
              "2026-11-28": "2026-11-22", "2026-11-29": "2026-11-29", "2026-12-27": "2026-12-27",
              "2026-12-30": "2026-12-27", "2027-01-01": "2026-12-27", "2027-01-02": "2026-12-27",
              "2027-01-03": "2027-01-03", "2027-01-04": "2027-01-03", "2027-01-09": "2027-01-03"},
    "export": ["technician,week_start,regular_hours,overtime_hours", "ana,2026-12-27,40.00,7.00",
               "ana,2027-01-03,5.00,0.00", "bo,2026-11-15,9.00,0.00", "bo,2026-11-22,9.00,0.00"],
}

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from datetime import date

from bridge.weeks import payroll_week


def {CANARY_NAME}() -> None:
    assert payroll_week(date(2026, 11, 18)) == date(2026, 11, 18)
"""

# Appended to every module of the seeded package for the run of the examinee's tests on the seeded code: a name or
# a submodule the seeded code lacks imports as a stub that fails when used (a test importing a new name is not a
# regression test of the bug by failing to import).
MISSING_NAME = '''

def __getattr__(name):  # grader stub: a name the seeded code lacks fails when used
    import importlib as _importlib
    import os as _os

    if name.startswith("__"):
        raise AttributeError(name)
    _folder = _os.path.dirname(__file__)
    if __file__.endswith("__init__.py") and (_os.path.isfile(_os.path.join(_folder, name + ".py"))
                                            or _os.path.isfile(_os.path.join(_folder, name, "__init__.py"))):
        return _importlib.import_module(__name__ + "." + name)  # a real submodule not imported yet

    def _missing(*args, **kwargs):
        raise AssertionError(name + " is not in the seeded code")

    return _missing
'''
MISSING_MODULE = '''

import importlib.abc as _grader_abc
import importlib.util as _grader_util
import sys as _grader_sys


class _GraderStubs(_grader_abc.MetaPathFinder, _grader_abc.Loader):  # grader stub: a submodule the seeded code lacks
    def find_spec(self, fullname, path=None, target=None):
        return _grader_util.spec_from_loader(fullname, self) if fullname.startswith(__name__ + ".") else None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.__path__ = []
        module.__getattr__ = __getattr__


_grader_sys.meta_path.append(_GraderStubs())
'''

# --- git: a full local clone, the seeded commits found by subject and date -------------------------------------------


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
def _commit(subject: str, when: str) -> str:
    for line in _git("log", "--all", "--format=%H%x09%aI%x09%s").stdout.splitlines():
        sha, date, found = line.split("\t", 2)
        if found == subject and date == when:
            return sha
    raise LookupError(f"the seeded commit {subject!r} is gone")


def _seeded() -> str:
    return _commit(SEEDED_SUBJECT, SEEDED_DATE)


def _ref(branch: str) -> str:
    return f"refs/remotes/origin/{branch}"


def _export(ref: str, dest: Path, *paths: str) -> None:
    """The files of ``ref`` (under ``paths``) written into ``dest``: regular files only, no links."""
    data = subprocess.run(["git", "archive", "--format=tar", ref, "--", *paths], cwd=_repo(), env=repos.git_env(),
                          check=True, capture_output=True, timeout=120).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if not member.isfile() or member.name.startswith("/") or ".." in Path(member.name).parts:
                continue
            source = tar.extractfile(member)
            if source is not None:
                (dest / member.name).parent.mkdir(parents=True, exist_ok=True)
                (dest / member.name).write_bytes(source.read())


# --- the ticket and which branch is the answer ---------------------------------------------------------------------


@cache
def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


@cache
def _issue() -> Issue:
    issue = _tracker().find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


def _names_branch(text: str, branch: str) -> bool:
    return any(same_branch(token.rstrip(".,;:!?)"), branch) for token in re.findall(r"[\w./#+-]+", text))


def _notes() -> list[str]:
    return [c.text for c in _issue().comments if c.author == EXAMINEE and c.text.strip()]


@cache
def _branch() -> str | None:
    """The one new branch changing the package or the tests; among several, the one the examinee's notes name."""
    refs = _git("for-each-ref", "--format=%(refname)", "refs/remotes/origin/").stdout.split()
    names = [r.removeprefix("refs/remotes/origin/") for r in refs]
    changed = [n for n in names if n not in ("HEAD", "main")
               and _git("diff", "--quiet", _seeded(), _ref(n), "--", PACKAGE, TESTS, check=False).returncode == 1]
    if len(changed) == 1:
        return changed[0]
    named = [n for n in changed if any(_names_branch(t, n) for t in _notes())]
    return named[0] if len(named) == 1 else None


# --- running the branch's code -------------------------------------------------------------------------------------


def _tree(package_from: str, tests_from: str) -> Path:
    """The seeded repository with ``bridge/`` and ``tests/`` (plus the canary) from the given commits; the seeded
    package under the examinee's tests gets stubs for what it lacks."""
    dest = Path(tempfile.mkdtemp(prefix="tree-")) / REPO
    _export(_seeded(), dest)
    shutil.rmtree(dest / PACKAGE, ignore_errors=True)
    _export(package_from, dest, PACKAGE)
    if package_from == _seeded() and tests_from != _seeded():
        for module in (dest / PACKAGE).rglob("*.py"):
            module.write_text(module.read_text(encoding="utf-8") + MISSING_NAME, encoding="utf-8")
        init = dest / PACKAGE / "__init__.py"
        init.write_text(init.read_text(encoding="utf-8") + MISSING_MODULE, encoding="utf-8")
    shutil.rmtree(dest / TESTS, ignore_errors=True)
    _export(tests_from, dest, TESTS)
    (dest / TESTS / f"{CANARY_NAME}.py").write_text(CANARY, encoding="utf-8")
    return dest


@cache
def _pristine() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="pristine-")) / REPO
    _export(_seeded(), dest)
    return dest


@cache
def _outcomes(package_from: str, tests_from: str) -> dict[str, str] | None:
    """Test outcomes without the canary, or None when the canary did not fail (the verdicts cannot be trusted)."""
    results = repos.pytest_outcomes(_tree(package_from, tests_from), pristine=_pristine(), tests="examinee")
    if [o for t, o in results.items() if t.endswith(f"::{CANARY_NAME}")] != ["failed"]:
        return None
    return {t: o for t, o in results.items() if not t.endswith(f"::{CANARY_NAME}")}


@cache
def _seeded_suite_passes(branch: str) -> bool:
    """The seeded tests (the two red ones included, as they are) pass on the branch's package."""
    results = _outcomes(_ref(branch), _seeded())
    return (results is not None and len(results) >= SEEDED_TEST_COUNT
            and all(o == "passed" for o in results.values())
            and all(any(t.endswith(f"::{name}") for t in results) for name in RED_TESTS))


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_tree(_ref(branch), _seeded()), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _fixed(branch: str) -> bool:
    return _seeded_suite_passes(branch) and _hidden(branch) == EXPECTED


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


def _red_tests_kept(branch: str) -> bool:
    """The two red tests are still in tests/test_weeks.py, word for word (no skip marker, no new expectation)."""
    seeded = _git("show", f"{_seeded()}:{WEEKS_TESTS}").stdout
    theirs = _git("show", f"{_ref(branch)}:{WEEKS_TESTS}", check=False).stdout
    return all(_function_source(seeded, n) and _function_source(theirs, n) == _function_source(seeded, n)
               for n in RED_TESTS) and "pytestmark" not in theirs


# --- the note --------------------------------------------------------------------------------------------------------

SUNDAY = ("sunday", "sundays")
ISO = ("monday", "mondays", "isocalendar", "iso calendar", "iso week", "iso weeks", "fromisocalendar",
       "previous week", "week before", "prior week", "preceding week", "earlier week", "last week")


def names_breaking_commit(text: str) -> bool:
    """The note names Tomas's commit: an id of 7+ hex digits that prefixes it, or its subject."""
    sha = _commit(BREAKING_SUBJECT, BREAKING_DATE)
    ids = re.findall(r"(?<![0-9a-f])[0-9a-f]{7,40}(?![0-9a-f])", text.lower())
    return any(sha.startswith(i) for i in ids) or BREAKING_SUBJECT.lower() in " ".join(text.lower().split())


def states_cause(text: str) -> bool:
    """One sentence says what changed for Sundays: ISO weeks start on Monday, so a Sunday lands in the week
    before."""
    return sentence_with(text, SUNDAY, ISO) is not None


def _other_tickets() -> list[Issue]:
    """Tickets kai.morgan opened about this failure (a duplicate of Marcus's)."""
    about = re.compile(r"payroll|payroll_week|sunday|nightly", re.IGNORECASE)
    found = []
    for project in _tracker().projects():
        for issue in _tracker().issues(project.identifier, status="all"):
            if issue.author == EXAMINEE and about.search(f"{issue.subject}\n{issue.description}"):
                found.append(issue)
    return found


# --- checkpoints ---------------------------------------------------------------------------------------------------


@grader
def seeded_suite_green() -> bool:
    """The seeded suite, red tests unchanged, passes on the branch's package."""
    branch = _branch()
    return branch is not None and _seeded_suite_passes(branch)


@grader
def weeks_fixed_main_untouched() -> bool:
    """Hidden checks: Sunday-to-Saturday weeks, across the year end, and the export; main is the seeded head."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _branch()
    return branch is not None and _fixed(branch)


@grader
def regression_test_added() -> bool:
    """The branch's tests pass on its code, keep the red tests word for word, and a new one fails on the seeded
    code."""
    branch = _branch()
    if branch is None or not _red_tests_kept(branch):
        return False
    theirs = _outcomes(_ref(branch), _ref(branch))
    if theirs is None or len(theirs) <= SEEDED_TEST_COUNT or any(o != "passed" for o in theirs.values()):
        return False
    seeded_ids = set(_outcomes(_seeded(), _seeded()) or {})
    on_seeded = _outcomes(_seeded(), _ref(branch)) or {}
    return any(t not in seeded_ids and on_seeded.get(t) in ("failed", "error") for t in theirs)


@grader
def ticket_states_cause() -> bool:
    """A note of kai's on Marcus's ticket names Tomas's commit and the Sunday/ISO-week cause; the code is fixed;
    no duplicate ticket."""
    branch = _branch()
    if branch is None or not _fixed(branch) or _other_tickets():
        return False
    return any(names_breaking_commit(t) and states_cause(t) for t in _notes())


@grader
def ticket_names_branch() -> bool:
    """A note of kai's on Marcus's ticket names the fix branch, whose fix is right."""
    branch = _branch()
    return branch is not None and _fixed(branch) and any(_names_branch(t, branch) for t in _notes())


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(seeded_suite_green())),
        Checkpoint(1, int(weeks_fixed_main_untouched())),
        Checkpoint(1, int(regression_test_added())),
        Checkpoint(1, int(ticket_states_cause())),
        Checkpoint(1, int(ticket_names_branch())),
    ])
