"""Grades intake-api-null-notes from the pushed branch (compared with the seeded commit) and the tracker.

The ticket's rule: ``"notes": null`` is treated exactly like a request without notes (accepted, stored without
notes); anything else that is not text (numbers, booleans, lists, objects) is still rejected with an error on
``notes``, and the 500-character limit stays.

Everything is compared with the seeded head of main ("Store phone numbers in E.164 form"), never with the current
main. **The branch** is the one new branch whose ``intake_api/validation.py`` differs from the seeded one; when
several do, the one the examinee's ticket notes name (one answer). Its code runs only in isolated jobs
(grading.repos), as the seeded repository with only the branch's ``intake_api/`` package (and, for its suite, its
``tests/`` folder, plus a canary test of a random name that must fail) swapped in. Their tests also run on the
seeded code, where names and modules the change adds are stubs that fail when used: one of them must fail.
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
REPO = "intake-api"
SEEDED_SUBJECT = "Store phone numbers in E.164 form"
SEEDED_DATE = "2026-10-19T13:40:00-05:00"
ISSUE_SUBJECT = "Intake API: job requests with null notes are rejected"
SEEDED_TEST_COUNT = 26
PACKAGE = "intake_api"
TESTS = "tests"
VALIDATION = "intake_api/validation.py"

HIDDEN_CHECKS = r"""
import io, json
from datetime import date, datetime, timezone
from wsgiref.util import setup_testing_defaults
from intake_api.validation import ValidationError, validate_job_request

ABSENT = object()

def request(notes, **changes):
    body = {"customer_name": "Prairie Sky HVAC", "phone": "306-555-0148", "postcode": "68516",
            "trade": "hvac", "preferred_date": "2026-11-30"}
    if notes is not ABSENT:
        body["notes"] = notes
    body.update(changes)
    return body

def outcome(notes, **changes):
    try:
        clean = validate_job_request(request(notes, **changes), date(2026, 11, 20))
        return ["OK", clean.get("notes", "<none>"), sorted(clean)]
    except ValidationError as exc:
        return ["ERR", sorted(exc.errors)]
    except Exception as exc:
        return ["EXC", type(exc).__name__]

results = {
    "null": outcome(None), "absent": outcome(ABSENT), "empty": outcome(""), "blank": outcome("   "),
    "text": outcome("  Gate code 4410  "), "limit": outcome("x" * 500),
    "int": outcome(42), "zero": outcome(0), "false": outcome(False), "true": outcome(True),
    "list": outcome([]), "list1": outcome(["side gate"]), "object": outcome({}), "float": outcome(0.0),
    "long": outcome("x" * 501), "null_bad_phone": outcome(None, phone="555"),
}

def api(notes):
    from intake_api.app import IntakeApp
    from intake_api.auth import KeyRing
    from intake_api.store import JobStore
    now = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
    app = IntakeApp(JobStore(), KeyRing.parse("tgk_eval:cust-eval"), clock=lambda: now)
    body = json.dumps(request(notes)).encode()
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/jobs", "QUERY_STRING": "",
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/json",
               "wsgi.input": io.BytesIO(body), "HTTP_X_API_KEY": "tgk_eval"}
    setup_testing_defaults(environ)
    seen = {}
    payload = json.loads(b"".join(app(environ, lambda status, headers: seen.update(status=status))))
    return [int(seen["status"].split()[0]), payload.get("notes", "<none>"), sorted(payload.get("errors", {}))]

for name, notes in (("api_null", None), ("api_false", False)):
    try:
        results[name] = api(notes)
    except Exception as exc:
        results[name] = ["EXC", type(exc).__name__]
report(results)
"""

FIELDS = ["customer_name", "phone", "postcode", "preferred_date", "trade"]
WITH_NOTES = sorted([*FIELDS, "notes"])
# Checkpoint 2: null is "no notes"; requests without notes and with text notes behave as before.
NULL_ACCEPTED = {
    "null": ["OK", "<none>", FIELDS], "absent": ["OK", "<none>", FIELDS], "empty": ["OK", "<none>", FIELDS],
    "blank": ["OK", "<none>", FIELDS], "text": ["OK", "Gate code 4410", WITH_NOTES],
    "api_null": [201, "<none>", []],
}
# Checkpoint 3: everything else that is not text is still an error on notes, the limit stays, other fields too.
STILL_REJECTED = ["int", "zero", "false", "true", "list", "list1", "object", "float", "long"]
STRICT = {"limit": ["OK", "x" * 500, WITH_NOTES], "null_bad_phone": ["ERR", ["phone"]],
          "api_false": [400, "<none>", ["notes"]]}

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from datetime import date

from intake_api.validation import validate_job_request


def {CANARY_NAME}() -> None:
    request = {{"customer_name": "Canary", "phone": "306-555-0148", "postcode": "68516", "trade": "hvac",
               "preferred_date": "2026-11-30", "notes": "canary"}}
    assert validate_job_request(request, date(2026, 11, 20))["notes"] == "sparrow"
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
    issue = TrackerClient(*admin()).find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


def _names_branch(text: str, branch: str) -> bool:
    return any(same_branch(token.rstrip("."), branch) for token in re.findall(r"[\w./#+-]+", text))


def _notes() -> list[str]:
    return [c.text for c in _issue().comments if c.author == EXAMINEE and c.text.strip()]


@cache
def _branch() -> str | None:
    """The one new branch changing validation.py; among several, the one the examinee's notes name."""
    refs = _git("for-each-ref", "--format=%(refname)", "refs/remotes/origin/").stdout.split()
    names = [r.removeprefix("refs/remotes/origin/") for r in refs]
    changed = [n for n in names if n not in ("HEAD", "main")
               and _git("diff", "--quiet", _seeded(), _ref(n), "--", VALIDATION, check=False).returncode == 1]
    if len(changed) == 1:
        return changed[0]
    named = [n for n in changed if any(_names_branch(t, n) for t in _notes())]
    return named[0] if len(named) == 1 else None


# --- running the branch's code ------------------------------------------------------------------------------------


def _tree(package_from: str, tests_from: str | None = None) -> Path:
    """The seeded repository with ``intake_api/`` (and ``tests/`` plus the canary) from the given commits; the
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


def _null_ok(branch: str) -> bool:
    found = _hidden(branch)
    return all(found.get(k) == v for k, v in NULL_ACCEPTED.items())


def _strict_ok(branch: str) -> bool:
    found = _hidden(branch)
    return (all(found.get(k) == ["ERR", ["notes"]] for k in STILL_REJECTED)
            and all(found.get(k) == v for k, v in STRICT.items()))


@grader
def branch_with_green_tests() -> bool:
    """The branch's suite passes with new tests of the new behaviour."""
    branch = _branch()
    return branch is not None and _suite_green_with_new_tests(branch)


@grader
def null_notes_accepted() -> bool:
    """null notes accepted and stored without notes (also through POST /v1/jobs); other requests unchanged."""
    branch = _branch()
    return branch is not None and _null_ok(branch)


@grader
def other_values_still_rejected() -> bool:
    """On a branch that accepts null: numbers, booleans, lists, objects and 501 characters still fail on notes."""
    branch = _branch()
    return branch is not None and _null_ok(branch) and _strict_ok(branch)


@grader
def ticket_updated_main_untouched() -> bool:
    """Ticket assigned to the examinee with their note naming the branch; main is still the seeded head."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _branch()
    return (branch is not None and _issue().assignee == EXAMINEE
            and any(_names_branch(t, branch) for t in _notes()))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(branch_with_green_tests())),
        Checkpoint(1, int(null_notes_accepted())),
        Checkpoint(1, int(other_values_still_rejected())),
        Checkpoint(1, int(ticket_updated_main_untouched())),
    ])
