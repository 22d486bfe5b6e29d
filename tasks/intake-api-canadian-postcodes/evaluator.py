"""Grades intake-api-canadian-postcodes from the pushed branch (compared with the seeded commit) and the tracker.

Aisha's rules (only she knows them, scenarios.yaml): normalise to "A1A 1A1", only Manitoba (R),
Saskatchewan (S) and Ontario (K-P), never the letters D F I O Q U, US ZIP codes unchanged, an error
message naming both formats. Checkpoint 3 also needs Aisha to have been asked (a direct message about the
rules): rules guessed from the customers' cities are not hers.

Everything is compared with the seeded head of main ("Store phone numbers in E.164 form"), never with the current
main. **The branch** is the one new branch whose ``intake_api/validation.py`` differs from the seeded one; when
several do, the one the examinee's ticket comments name (one answer). Its code runs only in isolated jobs
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

from grading import Checkpoint, Result, admin, examinee, grader, repos
from grading.answers import same_branch, sentences
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
OWNER = "aisha.bello"
# A question about the rules (the topics Aisha answers, scenarios.yaml): "hi Aisha" is not one.
QUESTION = re.compile(r"postal|post ?code|\bzip|canad|format|rule|valid|normali|requirement|spec|province",
                      re.IGNORECASE)
REPO = "intake-api"
SEEDED_SUBJECT = "Store phone numbers in E.164 form"
SEEDED_DATE = "2026-10-19T13:40:00-05:00"
ISSUE_SUBJECT = "Intake API: accept Canadian postal codes"
SEEDED_TEST_COUNT = 26
PACKAGE = "intake_api"
TESTS = "tests"
VALIDATION = "intake_api/validation.py"
CANADIAN_CODE = re.compile(r"(?<![\w-])[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d(?![\w-])")
SERVED_CODE = re.compile(r"^[KLMNPRS]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$")

HIDDEN_CHECKS = r"""
import io, json
from datetime import date, datetime, timezone
from wsgiref.util import setup_testing_defaults
from intake_api.validation import ValidationError, validate_job_request

def request(postcode):
    return {"customer_name": "Winnipeg Comfort Air", "phone": "204-555-0131", "postcode": postcode,
            "trade": "hvac", "preferred_date": "2026-11-30"}

def outcome(postcode):
    try:
        return validate_job_request(request(postcode), date(2026, 11, 20))["postcode"]
    except ValidationError as exc:
        return "ERR:" + str(exc.errors.get("postcode", ""))
    except Exception as exc:
        return "EXC:" + type(exc).__name__

CODES = ["R3C 4T3", "68508", "68508-1234", "ABCDE", "R3C 4T", "1234", "r3c4t3", " s4p 3y2 ", "P7B 5E1",
         "M5V2T6", "K1A 0B1", "V6B 1A1", "T2P 1J9", "H2X 1Y4", "R3D 4T3", "K1A 0O1", "S4P 3U2"]
results = {code: outcome(code) for code in CODES}

def api():
    from intake_api.app import IntakeApp
    from intake_api.auth import KeyRing
    from intake_api.store import JobStore
    now = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
    app = IntakeApp(JobStore(), KeyRing.parse("tgk_eval:cust-eval"), clock=lambda: now)
    body = json.dumps(request("r3c 4t3")).encode()
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/jobs", "QUERY_STRING": "",
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/json",
               "wsgi.input": io.BytesIO(body), "HTTP_X_API_KEY": "tgk_eval"}
    setup_testing_defaults(environ)
    seen = {}
    payload = json.loads(b"".join(app(environ, lambda status, headers: seen.update(status=status))))
    return [int(seen["status"].split()[0]), payload.get("postcode")]

try:
    results["api"] = api()
except Exception as exc:
    results["api"] = ["EXC", type(exc).__name__]
report((results))
"""

BASIC = {"R3C 4T3": "R3C 4T3", "68508": "68508", "68508-1234": "68508-1234", "api": [201, "R3C 4T3"]}
BASIC_REJECTED = ["ABCDE", "R3C 4T", "1234"]
AISHA = {"r3c4t3": "R3C 4T3", " s4p 3y2 ": "S4P 3Y2", "P7B 5E1": "P7B 5E1", "M5V2T6": "M5V 2T6",
         "K1A 0B1": "K1A 0B1"}
AISHA_REJECTED = ["V6B 1A1", "T2P 1J9", "H2X 1Y4", "R3D 4T3", "K1A 0O1", "S4P 3U2"]

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from datetime import date

from intake_api.validation import ValidationError, validate_job_request


def {CANARY_NAME}() -> None:
    request = {{"customer_name": "Canary", "phone": "204-555-0131", "postcode": "68508", "trade": "hvac",
               "preferred_date": "2026-11-30"}}
    assert validate_job_request(request, date(2026, 11, 20))["postcode"] == "00000"
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


def _rejected(result: object) -> bool:
    return isinstance(result, str) and result.startswith("ERR:")


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


def _basic_ok(branch: str) -> bool:
    found = _hidden(branch)
    return all(found.get(k) == v for k, v in BASIC.items()) and all(_rejected(found.get(k)) for k in BASIC_REJECTED)


def _aisha_ok(branch: str) -> bool:
    found = _hidden(branch)
    if not all(found.get(k) == v for k, v in AISHA.items()):
        return False
    if not all(_rejected(found.get(k)) for k in AISHA_REJECTED):
        return False
    message = str(found.get("V6B 1A1", "")).lower()
    return "canad" in message and "68508" in message


def docs_document(docs: str) -> bool:
    """A sentence of the docs speaks of Canadian postal codes, and the docs show an example code of a province we
    serve (an example the API would reject documents nothing)."""
    speaks = any(re.search(r"\bcanad", s, re.IGNORECASE) and re.search(r"post(al)? ?code|postcode", s, re.IGNORECASE)
                 for s in sentences(docs))
    examples = [m.group(0) for m in CANADIAN_CODE.finditer(docs)]
    return speaks and any(SERVED_CODE.match(e.upper()) for e in examples)


@grader
def branch_with_green_tests() -> bool:
    """The branch's suite passes with new tests of the new behaviour."""
    branch = _branch()
    return branch is not None and _suite_green_with_new_tests(branch)


@grader
def canadian_codes_accepted_us_unchanged() -> bool:
    """R3C 4T3 is accepted (also through POST /v1/jobs), US ZIP codes unchanged, garbage rejected."""
    branch = _branch()
    return branch is not None and _basic_ok(branch)


@cache
def asked_aisha() -> bool:
    """kai.morgan sent Aisha a direct message about the rules (checking them with her was Omar's condition; rules
    guessed from the customers' cities are not hers). No Kai-Aisha conversation is seeded, so every message of
    Kai's there was sent during the run."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(OWNER)
    return any(m.sender == EXAMINEE and QUESTION.search(m.body) for m in messages)


@grader
def aisha_rules_implemented() -> bool:
    """Aisha was asked; normalisation, served provinces only, forbidden letters, error message naming both
    formats."""
    branch = _branch()
    return branch is not None and _basic_ok(branch) and _aisha_ok(branch) and asked_aisha()


@grader
def docs_updated() -> bool:
    """docs/api.md on the branch documents Canadian postal codes with a valid example."""
    branch = _branch()
    return branch is not None and docs_document(_git("show", f"{_ref(branch)}:docs/api.md", check=False).stdout)


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
        Checkpoint(1, int(canadian_codes_accepted_us_unchanged())),
        Checkpoint(1, int(aisha_rules_implemented())),
        Checkpoint(1, int(docs_updated())),
        Checkpoint(1, int(ticket_updated_main_untouched())),
    ])
