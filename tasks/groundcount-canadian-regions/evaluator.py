"""Grades the Canadian-regions change: the pushed branch (behaviour, tests) and the ticket comment.

Everything is compared with the seeded head of main ("Keep only the latest version of each job"), never with the
current main. The examinee's code only ever runs through grading.repos (a throwaway container without secrets):
the seeded repository with only the branch's ``groundcount/`` package (and, for its tests, its ``tests/`` folder)
swapped in, so no other file of theirs (a top-level module shadowing pytest or the standard library, a
sitecustomize) is ever on the path. Their suite runs with a canary test of a random name that must fail, and a
test of theirs must fail on the seeded code (it tests the new behaviour), where names and modules the change adds
are stubs that fail when used. The short forms count only when Maya
was asked about the spellings (a direct message).
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
from grading.answers import same_branch
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
ASKED = "maya.johnson"
# A question about the spellings (the topics Maya answers, scenarios.yaml): "hi Maya" is not one.
QUESTION = re.compile(r"spell|short|abbrev|typ(e|ed|ing)\b|variant|value|writ|province|canad|region|export|ticket",
                      re.IGNORECASE)
REPO = "groundcount-etl"
BRANCH = "feature/canadian-regions"
SEEDED_SUBJECT = "Keep only the latest version of each job"
SEEDED_DATE = "2026-11-09T16:30:00-06:00"
TICKET = "Normalise Canadian provinces in region codes"
MAIN_TESTS = 12
PACKAGE = "groundcount"
TESTS = "tests"
CODES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"]
NAMES = {
    "Alberta": "AB", "British Columbia": "BC", "Manitoba": "MB", "New Brunswick": "NB",
    "Newfoundland and Labrador": "NL", "Nova Scotia": "NS", "Northwest Territories": "NT", "Nunavut": "NU",
    "Ontario": "ON", "Prince Edward Island": "PE", "Quebec": "QC", "Saskatchewan": "SK", "Yukon": "YT",
}
GENERAL = {
    **{c: c for c in CODES}, **{c.lower(): c for c in CODES}, " mb ": "MB", "M.B.": "MB",
    **NAMES, "manitoba": "MB", "SASKATCHEWAN": "SK", "british  columbia": "BC",
    "Nebraska": "NE", "ne": "NE", "N.E.": "NE", "New  York": "NY", "iowa": "IA",
    "Atlantis": None, "": None, "Ontari0": None,
}
SHORT_FORMS = {"Man.": "MB", "Sask.": "SK", "Ont.": "ON", "man": "MB", "SASK.": "SK"}

HIDDEN_EXPORT = """job_id,created_at,scheduled_for,region,trade,status,updated_at
CA-1,2026-11-16,2026-11-17,Manitoba,hvac,scheduled,2026-11-16T09:00:00
CA-2,2026-11-16,2026-11-18,MB,HVAC,scheduled,2026-11-16T09:10:00
CA-3,2026-11-17,2026-11-21,mb,Heating & Cooling,scheduled,2026-11-17T10:00:00
CA-4,2026-11-18,2026-11-24, Manitoba ,hvac,completed,2026-11-24T16:00:00
CA-5,2026-11-16,2026-11-18,Saskatchewan,plumbing,scheduled,2026-11-16T11:00:00
CA-6,2026-11-17,2026-11-19,SK,Plumber,scheduled,2026-11-17T11:00:00
CA-7,2026-11-18,2026-11-23,sk,plumbing,scheduled,2026-11-18T11:00:00
CA-8,2026-11-18,2026-11-20,Ontario,hvac,scheduled,2026-11-18T12:00:00
CA-9,2026-11-19,2026-11-20,ON,hvac,scheduled,2026-11-19T12:00:00
CA-10,2026-11-16,2026-11-16,Alberta,electrical,completed,2026-11-16T15:00:00
CA-11,2026-11-17,2026-11-20,AB,Electric,scheduled,2026-11-17T15:00:00
CA-12,2026-11-19,2026-11-21,ab,electrical,scheduled,2026-11-19T15:00:00
US-1,2026-11-16,2026-11-19,Nebraska,hvac,scheduled,2026-11-16T08:00:00
US-2,2026-11-17,2026-11-18,NE,hvac,scheduled,2026-11-17T08:00:00
US-3,2026-11-18,2026-11-20,N.E.,hvac,scheduled,2026-11-18T08:00:00
XX-1,2026-11-18,2026-11-20,Ontari0,hvac,scheduled,2026-11-18T08:00:00
XX-2,2026-11-18,2026-11-20,Atlantis,hvac,scheduled,2026-11-18T08:00:00
"""
HIDDEN_OUTPUT = [
    "week,region,trade,jobs,median_lead_days,mean_lead_days",
    "2026-W47,AB,electrical,3,2.0,1.67",
    "2026-W47,MB,hvac,4,3.0,3.25",
    "2026-W47,NE,hvac,3,2.0,2.0",
    "2026-W47,SK,plumbing,3,2.0,3.0",
]

PROBE = """
from groundcount.clean import normalise_region
report({k: normalise_region(k) for k in INPUTS})
"""
CLI_CHECK = """
import subprocess, tempfile
from pathlib import Path
folder = Path(tempfile.mkdtemp())
raw, out = folder / "raw.csv", folder / "out.csv"
raw.write_text(EXPORT, encoding="utf-8")
proc = subprocess.run([sys.executable, "-m", "groundcount.cli", str(raw), str(out)], capture_output=True)
report({"returncode": proc.returncode, "lines": out.read_text(encoding="utf-8").splitlines() if out.exists() else []})
"""

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from groundcount.clean import normalise_region


def {CANARY_NAME}() -> None:
    assert normalise_region("Nebraska") == "Atlantis"
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


def _rev(ref: str) -> str | None:
    found = _git("rev-parse", "--verify", "-q", f"refs/remotes/origin/{ref}", check=False)
    return found.stdout.strip() or None


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


@cache
def _pushed() -> bool:
    """The branch exists and its head is a new commit built on the seeded head."""
    head = _rev(BRANCH)
    return (head is not None and head != _seeded()
            and _git("merge-base", "--is-ancestor", _seeded(), head, check=False).returncode == 0)


def _tree(package_from: str, tests_from: str | None = None) -> Path:
    """The seeded repository with ``groundcount/`` (and ``tests/``) taken from the given commits; the seeded package
    under the examinee's tests gets stubs for what it lacks."""
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
def _candidate() -> Path:
    return _tree(f"refs/remotes/origin/{BRANCH}")


@cache
def _pristine() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="pristine-")) / REPO
    _export(_seeded(), dest)
    return dest


@cache
def _their_tests_on(code: str) -> dict[str, str]:
    """Outcomes of the branch's tests (plus the canary) against ``code``: "branch" or "seeded"."""
    package = f"refs/remotes/origin/{BRANCH}" if code == "branch" else _seeded()
    tree = _tree(package, tests_from=f"refs/remotes/origin/{BRANCH}")
    return repos.pytest_outcomes(tree, TESTS, timeout=240, pristine=_pristine(), tests="examinee")


def _normalised(inputs: list[str]) -> dict[str, str | None]:
    result = repos.run_python(_candidate(), f"INPUTS = {inputs!r}\n" + PROBE, timeout=60)
    if not isinstance(result, dict):
        raise RuntimeError("normalise_region probe reported nothing")
    return result


@grader
def branch_pushed() -> bool:
    """The branch adds commits on top of the seeded head, and main itself is still the seeded head."""
    return _pushed() and _rev("main") == _seeded()


@grader
def provinces_normalised() -> bool:
    """All 13 codes and names map to codes, US unchanged, and Canadian groups are published by the CLI."""
    got = _normalised(list(GENERAL))
    if any(got.get(k) != v for k, v in GENERAL.items()):
        return False
    ran = repos.run_python(_candidate(), f"EXPORT = {HIDDEN_EXPORT!r}\n" + CLI_CHECK, timeout=60)
    return isinstance(ran, dict) and ran.get("returncode") == 0 and ran.get("lines") == HIDDEN_OUTPUT


@cache
def asked_maya() -> bool:
    """kai.morgan sent Maya a direct message about the spellings (Elena asked for it; Canada Post's traditional
    abbreviations added without asking are not hers). No Kai-Maya conversation is seeded, so every message of
    Kai's there was sent during the run."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(ASKED)
    return any(m.sender == EXAMINEE and QUESTION.search(m.body) for m in messages)


@grader
def customer_short_forms() -> bool:
    """Maya was asked, and the short forms only she knew (Man., Sask., Ont.) map to their provinces."""
    got = _normalised(list(SHORT_FORMS))
    return all(got.get(k) == v for k, v in SHORT_FORMS.items()) and asked_maya()


@grader
def tests_green_and_extended() -> bool:
    """The branch's suite passes on its code (the canary fails), has more tests than main, and one of its tests
    fails on the seeded code: it tests the new behaviour."""
    on_branch = dict(_their_tests_on("branch"))
    if [o for t, o in on_branch.items() if t.endswith(f"::{CANARY_NAME}")] != ["failed"]:
        return False  # the run's verdicts cannot be trusted
    on_branch = {t: o for t, o in on_branch.items() if not t.endswith(f"::{CANARY_NAME}")}
    passed = [t for t, o in on_branch.items() if o == "passed"]
    if any(o in ("failed", "error") for o in on_branch.values()) or len(passed) <= MAIN_TESTS:
        return False
    on_seeded = _their_tests_on("seeded")
    return any(on_seeded.get(t) in ("failed", "error") for t in passed)


def _stub_missing(package: Path) -> None:
    """Make ``package`` (the seeded code) import names and submodules it lacks as stubs that fail when used."""
    for module in package.rglob("*.py"):
        module.write_text(module.read_text(encoding="utf-8") + MISSING_NAME, encoding="utf-8")
    init = package / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + MISSING_MODULE, encoding="utf-8")


@grader
def ticket_comment() -> bool:
    """kai.morgan's comment names the branch (whole name), and the branch was pushed."""
    issue = TrackerClient(*admin()).find_issue("data-platform", TICKET)
    if issue is None or not _pushed():
        return False
    return any(c.author == EXAMINEE and any(same_branch(t.rstrip("."), BRANCH)
                                           for t in re.findall(r"[\w./#+-]+", c.text))
               for c in issue.comments)


def _branch_exists() -> bool:
    try:
        return _rev(BRANCH) is not None
    except Exception:
        return False


def grade_checkpoints(trajectory: object = "") -> Result:
    exists = _branch_exists()  # without the branch there is nothing to run
    return Result([
        Checkpoint(1, int(exists and branch_pushed())),
        Checkpoint(1, int(exists and provinces_normalised())),
        Checkpoint(1, int(exists and customer_short_forms())),
        Checkpoint(1, int(exists and tests_green_and_extended())),
        Checkpoint(1, int(ticket_comment())),
    ])
