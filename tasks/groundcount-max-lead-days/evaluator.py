"""Grades groundcount-max-lead-days from the pushed branch (compared with the seeded commit), chat and the tracker.

Elena's decision (only she knows it, scenarios.yaml): the default cutoff is 60 days, inclusive (exactly 60 kept, 61
dropped); Raj's 90 is not it. Dropped jobs are counted in the command line's summary under a reason of their own.
Checkpoint 3 also needs Elena to have been asked. **The branch** (one answer) and the isolated runs of its code
are described in checkpoints.md: the seeded repository with only the branch's ``groundcount/`` (and ``tests/``
plus a canary that must fail) swapped in; their tests also run on the seeded code, with stubs for new names.
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

from grading import Checkpoint, Result, admin, examinee, grader, repos
from grading.answers import one_answer, same_branch
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
OWNER = "elena.popescu"
# A question about the cutoff (the topics Elena answers, scenarios.yaml): "hi Elena" is not one.
QUESTION = re.compile(r"lead|cut-?off|default|limit|max|threshold|far.ahead|booking|outlier|methodolog|\bdays\b",
                      re.IGNORECASE)
REPO = "groundcount-etl"
SEEDED_SUBJECT = "Start a changelog"
SEEDED_DATE = "2026-11-16T10:05:00-06:00"
ISSUE_SUBJECT = "groundcount-etl: leave far-ahead bookings out of lead times"
SEEDED_TEST_COUNT = 12
PACKAGE = "groundcount"
TESTS = "tests"
CHANGELOG = "CHANGELOG.md"
DEFAULT_DAYS = 60

# NE hvac requested 2026-11-02 with lead times 0, 5, 60, 61, 120 days; IA plumbing requested 2026-11-03 with
# 1, 3, 59, 90, 91 days. The command line is run without the option and with --max-lead-days 100.
HIDDEN_CHECKS = r"""
import contextlib, io, re, tempfile
from datetime import date, timedelta
from pathlib import Path
from groundcount.cli import main

rows = ["job_id,created_at,scheduled_for,region,trade,status,updated_at"]
for n, (created, region, trade, lead) in enumerate(
        [("2026-11-02", "NE", "hvac", d) for d in (0, 5, 60, 61, 120)]
        + [("2026-11-03", "IA", "plumbing", d) for d in (1, 3, 59, 90, 91)]):
    visit = date.fromisoformat(created) + timedelta(days=lead)
    rows.append(f"FD-7{n:04d},{created},{visit.isoformat()},{region},{trade},scheduled,2026-11-10T09:00:00")
folder = Path(tempfile.mkdtemp())
raw = folder / "raw.csv"
raw.write_text("\n".join(rows) + "\n")

def run(name, extra):
    out = folder / (name + ".csv")
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            code = main([str(raw), str(out), *extra])
    except BaseException as exc:
        return {"code": "EXC:" + type(exc).__name__}
    lines = printed.getvalue().splitlines()
    rejected = [re.match(r"\s*rejected (\d+): (.*)$", line) for line in lines]
    return {"code": code, "csv": out.read_text().splitlines() if out.exists() else [],
            "first": lines[0] if lines else "",
            "rejected": [[int(m.group(1)), m.group(2)] for m in rejected if m]}

report({"default": run("default", []), "limit100": run("limit100", ["--max-lead-days", "100"])})
"""
HEADER = "week,region,trade,jobs,median_lead_days,mean_lead_days"
EXPECTED = {
    # Elena's default: 60 kept, 61 dropped.
    "default": ([HEADER, "2026-W45,IA,plumbing,3,3.0,21.0", "2026-W45,NE,hvac,3,5.0,21.67"],
                "read 10 rows, kept 6, published 2 groups", 4),
    # An explicit limit: only the 120-day job is over 100.
    "limit100": ([HEADER, "2026-W45,IA,plumbing,5,59.0,48.8", "2026-W45,NE,hvac,4,32.5,31.5"],
                 "read 10 rows, kept 9, published 2 groups", 1),
}

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from groundcount.metrics import median


def {CANARY_NAME}() -> None:
    assert median([1, 2, 3]) == 7.0
"""

# Appended to every module of the seeded package for the run of the examinee's tests on the seeded code: a name or
# a submodule the seeded code lacks imports as a stub that fails when used, so a test of new code fails there
# (instead of its whole module failing to import, which an empty test importing a new name could exploit).
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

# --- git: a full local clone, the seeded commit found by subject and date ----------------------------------------


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
    for line in _git("log", "--all", "--format=%H%x09%aI%x09%s").stdout.splitlines():
        sha, when, subject = line.split("\t", 2)
        if subject == SEEDED_SUBJECT and when == SEEDED_DATE:
            return sha
    raise LookupError(f"the seeded commit {SEEDED_SUBJECT!r} is gone")


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


# --- git: a full local clone, the seeded commit found by subject and date ----------------------------------------


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
    for line in _git("log", "--all", "--format=%H%x09%aI%x09%s").stdout.splitlines():
        sha, when, subject = line.split("\t", 2)
        if subject == SEEDED_SUBJECT and when == SEEDED_DATE:
            return sha
    raise LookupError(f"the seeded commit {SEEDED_SUBJECT!r} is gone")


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


# --- the ticket and which branch is the answer --------------------------------------------------------------------


@cache
def _issue() -> Issue:
    issue = TrackerClient(*admin()).find_issue("data-platform", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


def _names_branch(text: str, branch: str) -> bool:
    return any(same_branch(token.rstrip("."), branch) for token in re.findall(r"[\w./#+-]+", text))


def _notes() -> list[str]:
    return [c.text for c in _issue().comments if c.author == EXAMINEE and c.text.strip()]


@cache
def _branch() -> str | None:
    """The one new branch changing the package; among several, the one the examinee's notes name."""
    refs = _git("for-each-ref", "--format=%(refname)", "refs/remotes/origin/").stdout.split()
    names = [r.removeprefix("refs/remotes/origin/") for r in refs]
    changed = [n for n in names if n not in ("HEAD", "main")
               and _git("diff", "--quiet", _seeded(), _ref(n), "--", PACKAGE, check=False).returncode == 1]
    if len(changed) == 1:
        return changed[0]
    named = [n for n in changed if any(_names_branch(t, n) for t in _notes())]
    return named[0] if len(named) == 1 else None


# --- running the branch's code ------------------------------------------------------------------------------------


def _tree(package_from: str, tests_from: str | None = None) -> Path:
    """The seeded repository with ``groundcount/`` (and ``tests/`` plus the canary) from the given commits; the
    seeded package under the examinee's tests gets stubs for what it lacks."""
    dest = Path(tempfile.mkdtemp(prefix="tree-")) / REPO
    _export(_seeded(), dest)
    shutil.rmtree(dest / PACKAGE, ignore_errors=True)
    _export(package_from, dest, PACKAGE)
    if package_from == _seeded() and tests_from is not None:
        _stub_missing(dest / PACKAGE)
    if tests_from is not None:
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
def _their_tests_on(branch: str, code: str) -> dict[str, str]:
    """The branch's tests (plus the canary) against its own code ("branch") or the seeded code ("seeded")."""
    tree = _tree(_ref(branch) if code == "branch" else _seeded(), tests_from=_ref(branch))
    return repos.pytest_outcomes(tree, pristine=_pristine(), tests="examinee")


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_tree(_ref(branch)), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _suite_green_with_new_tests(branch: str) -> bool:
    """Their suite passes on their code with more tests than seeded (the canary fails), and one of their
    passing tests fails on the seeded code: the new behaviour is tested."""
    results = dict(_their_tests_on(branch, "branch"))
    if [o for t, o in results.items() if t.endswith(f"::{CANARY_NAME}")] != ["failed"]:
        return False  # the run's verdicts cannot be trusted
    results = {t: o for t, o in results.items() if not t.endswith(f"::{CANARY_NAME}")}
    if len(results) <= SEEDED_TEST_COUNT or any(o != "passed" for o in results.values()):
        return False
    on_seeded = _their_tests_on(branch, "seeded")
    return any(on_seeded.get(t) in ("failed", "error") for t in results)


def _stub_missing(package: Path) -> None:
    """Make ``package`` (the seeded code) import names and submodules it lacks as stubs that fail when used."""
    for module in package.rglob("*.py"):
        module.write_text(module.read_text(encoding="utf-8") + MISSING_NAME, encoding="utf-8")
    init = package / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + MISSING_MODULE, encoding="utf-8")


def _cli_ok(branch: str, run: str) -> bool:
    """The run's CSV and summary, with exactly one rejected reason (about lead time) counting the dropped jobs."""
    found = _hidden(branch).get(run)
    csv, first, dropped = EXPECTED[run]
    if not isinstance(found, dict) or found.get("code") not in (0, None):
        return False
    rejected = found.get("rejected")
    return (found.get("csv") == csv and str(found.get("first", "")).startswith(first)
            and isinstance(rejected, list) and len(rejected) == 1 and rejected[0][0] == dropped
            and "lead" in str(rejected[0][1]).lower())


@cache
def asked_elena() -> bool:
    """kai.morgan sent Elena a direct message about the cutoff. No Kai-Elena conversation is seeded, so every
    message of Kai's there was sent during the run."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(OWNER)
    return any(m.sender == EXAMINEE and QUESTION.search(m.body) for m in messages)


def _sections(text: str) -> tuple[str, str, str]:
    """(everything up to the Unreleased heading, the Unreleased section, everything from the next heading)."""
    start = text.index("\n## Unreleased\n") + len("\n## Unreleased\n")
    end = text.find("\n## ", start)
    end = len(text) if end < 0 else end
    return text[:start], text[start:end], text[end:]


def changelog_entry_ok(seeded: str, new: str) -> bool:
    """Under Unreleased, new lines name the option and give the default 60 as their only number; the seeded entry
    and every other section untouched (ticket references such as #12 are not numbers here)."""
    try:
        old_top, old_unreleased, old_rest = _sections(seeded)
        new_top, new_unreleased, new_rest = _sections(new)
    except ValueError:
        return False
    old_lines = [line for line in old_unreleased.splitlines() if line.strip()]
    added = [line for line in new_unreleased.splitlines() if line.strip() and line not in old_lines]
    text = re.sub(r"#\d+", "", " ".join(added))
    return (new_top == old_top and new_rest.strip() == old_rest.strip()
            and all(line in new_unreleased.splitlines() for line in old_lines)
            and re.search(r"max[-_ ]lead[-_ ]days", text, re.IGNORECASE) is not None
            and one_answer(text, DEFAULT_DAYS, among=lambda a: not a.percent and 0 < a.value < 1000))


@grader
def branch_with_green_tests() -> bool:
    """The branch's suite passes with new tests of the new behaviour."""
    branch = _branch()
    return branch is not None and _suite_green_with_new_tests(branch)


@grader
def option_drops_and_counts() -> bool:
    """--max-lead-days 100 drops the 120-day job before grouping and counts it under a lead-time reason."""
    branch = _branch()
    return branch is not None and _cli_ok(branch, "limit100")


@grader
def elena_default() -> bool:
    """Elena was asked; without the option, 60-day jobs are kept and the 4 jobs over 60 days dropped."""
    branch = _branch()
    return branch is not None and _cli_ok(branch, "limit100") and _cli_ok(branch, "default") and asked_elena()


@grader
def changelog_updated() -> bool:
    """On a branch whose option works, CHANGELOG.md has an Unreleased line about --max-lead-days and 60."""
    branch = _branch()
    if branch is None or not _cli_ok(branch, "limit100"):
        return False
    seeded = _git("show", f"{_seeded()}:{CHANGELOG}").stdout
    return changelog_entry_ok(seeded, _git("show", f"{_ref(branch)}:{CHANGELOG}", check=False).stdout)


@grader
def ticket_comment_main_untouched() -> bool:
    """A note by the examinee on the ticket naming the branch; main is still the seeded head."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _branch()
    return branch is not None and any(_names_branch(t, branch) for t in _notes())


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(branch_with_green_tests())),
        Checkpoint(1, int(option_drops_and_counts())),
        Checkpoint(1, int(elena_default())),
        Checkpoint(1, int(changelog_updated())),
        Checkpoint(1, int(ticket_comment_main_untouched())),
    ])
