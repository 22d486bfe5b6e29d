"""Grades fix-intake-api-list-injection from the pushed branch (compared with the seeded commit), the advisory on
the file server and the tracker.

Seeded (hooks/populate_data.py): Tomas's "Let customers filter job requests by trade and sort them" (2026-11-12)
pastes ``trade`` (inside quotes) and ``sort`` (as the ORDER BY expression) into the SQL of ``JobStore.list``; head
of main is Ben's "Add a partner-facing changelog". Everything is compared with that head, never with the current
main. **The branch** is the one new branch of intake-api whose ``intake_api/`` differs from the seeded one; when
several do, the one kai.morgan's notes on the security ticket name (one answer). Its code runs only in isolated
jobs (grading.repos) as the seeded repository with only the branch's ``intake_api/`` package (and, for its suite,
its ``tests/`` folder plus a canary test of a random name that must fail) swapped in. Hidden checks call the WSGI
app with two customers' keys and attack ``trade`` and ``sort``.
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
from grading.answers import has_word, labelled_values, same_branch
from grading.clients.files import FilesClient
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPO = "intake-api"
SEEDED_SUBJECT = "Add a partner-facing changelog"
SEEDED_DATE = "2026-11-16T14:05:00-06:00"
CULPRIT = ("Let customers filter job requests by trade and sort them", "2026-11-12T10:40:00-06:00")
ISSUE_SUBJECT = "Security: GET /v1/jobs returns other customers' job requests"
SEEDED_TEST_COUNT = 29
PACKAGE = "intake_api"
TESTS = "tests"
ADVISORIES = "Engineering/Security/Advisories"
OLD_ADVISORIES = {"SA-2026-001.md", "SA-2026-002.md"}
ADVISORY = "SA-2026-003.md"
SEVERITIES = ("low", "medium", "high", "critical")
SHA = re.compile(r"(?<![0-9a-z])[0-9a-f]{7,40}(?![0-9a-z])", re.IGNORECASE)

HIDDEN_CHECKS = r"""
import io, json
from datetime import datetime, timezone
from urllib.parse import quote
from wsgiref.util import setup_testing_defaults
from intake_api.app import IntakeApp
from intake_api.auth import KeyRing
from intake_api.store import JobStore

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)
A, B = "tgk_eval_a", "tgk_eval_b"

def call(app, method, path, key, body=None):
    raw = b"" if body is None else json.dumps(body).encode()
    path, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "CONTENT_LENGTH": str(len(raw)),
               "CONTENT_TYPE": "application/json", "wsgi.input": io.BytesIO(raw), "HTTP_X_API_KEY": key}
    setup_testing_defaults(environ)
    seen = {}
    data = b"".join(app(environ, lambda status, headers: seen.update(status=status)))
    return int(seen["status"].split()[0]), json.loads(data)

def make():
    app = IntakeApp(JobStore(), KeyRing.parse(f"{A}:cust-a,{B}:cust-b"), clock=lambda: NOW)
    for key, name, trade, day in ((A, "Ann Able", "hvac", "2026-11-30"), (A, "Ann Able", "plumbing", "2026-11-25"),
                                  (B, "Bob Secret", "hvac", "2026-11-26"), (A, "Ann Able", "hvac", "2026-11-27"),
                                  (B, "Bob Secret", "plumbing", "2026-11-24")):
        status, _ = call(app, "POST", "/v1/jobs", key, {"customer_name": name, "phone": "402-555-0187",
                         "postcode": "68510", "trade": trade, "preferred_date": day})
        assert status == 201
    return app

def listing(app, query):
    try:
        status, body = call(app, "GET", "/v1/jobs" + query, A)
    except Exception as exc:
        return ["EXC", type(exc).__name__]
    jobs = body.get("jobs") if isinstance(body, dict) else None
    return [status, [j.get("id") for j in jobs] if isinstance(jobs, list) else None]

app = make()
legit = {name: listing(app, query) for name, query in {
    "default": "", "status": "?status=received", "trade": "?trade=hvac", "trade_upper": "?trade=HVAC",
    "combo": "?status=received&trade=plumbing&sort=-preferred_date", "created_desc": "?sort=-created",
    "date": "?sort=preferred_date", "date_desc": "?sort=-preferred_date"}.items()}
trade_attacks = ["x' OR '1'='1", "hvac' OR 1=1 --", "' OR customer_id='cust-b' --",
                 "hvac' UNION SELECT * FROM job_requests --", "x' OR 'a'<>'b", "x'||'' OR 1 --"]
trade = [listing(app, "?trade=" + quote(t)) for t in trade_attacks]
blind = "(CASE WHEN (SELECT count(*) FROM job_requests WHERE customer_id='{0}')>0 THEN id ELSE -id END)"
sort_pairs = []
for template in (blind, "-" + blind, "created, " + blind):
    sort_pairs.append([listing(app, "?sort=" + quote(template.format(who))) for who in ("cust-b", "cust-nobody")])
drop = listing(app, "?sort=" + quote("id; DROP TABLE job_requests"))
report({"legit": legit, "trade": trade, "sort_pairs": sort_pairs, "drop": drop,
        "after": listing(app, "")})
"""
OWN = {1, 2, 4}
LEGIT = {"default": [200, [1, 2, 4]], "status": [200, [1, 2, 4]], "trade": [200, [1, 4]],
         "trade_upper": [200, [1, 4]], "combo": [200, [2]], "created_desc": [200, [4, 2, 1]],
         "date": [200, [2, 4, 1]], "date_desc": [200, [1, 4, 2]]}
TRADE_LEGIT = ("default", "status", "trade", "trade_upper", "combo")
SORT_LEGIT = ("default", "created_desc", "date", "date_desc")

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from intake_api.store import JobStore


def {CANARY_NAME}() -> None:
    assert JobStore().list("cust-canary") == ["sparrow"]
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




def _safe(outcome: object) -> bool:
    """An attack's answer: refused (400) or only the caller's own requests; never a 500 or a crash."""
    if not isinstance(outcome, list) or len(outcome) != 2 or outcome[0] == "EXC":
        return False
    status, ids = outcome
    return status == 400 or (status == 200 and isinstance(ids, list) and set(ids) <= OWN)


def _trade_ok(branch: str) -> bool:
    found = _hidden(branch)
    legit = found.get("legit", {})
    return (isinstance(legit, dict) and all(legit.get(k) == LEGIT[k] for k in TRADE_LEGIT)
            and isinstance(found.get("trade"), list) and len(found["trade"]) == 6
            and all(_safe(o) for o in found["trade"]))


def _sort_ok(branch: str) -> bool:
    found = _hidden(branch)
    legit = found.get("legit", {})
    pairs = found.get("sort_pairs")
    return (isinstance(legit, dict) and all(legit.get(k) == LEGIT[k] for k in SORT_LEGIT)
            and isinstance(pairs, list) and len(pairs) == 3
            and all(_safe(a) and _safe(b) and a == b for a, b in pairs)
            and _safe(found.get("drop")) and found.get("after") == LEGIT["default"])


# --- the ticket, the advisory ----------------------------------------------------------------------------------------


@cache
def _issue() -> Issue:
    issue = TrackerClient(*admin()).find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None:
        raise LookupError(f"issue {ISSUE_SUBJECT!r} not found")
    return issue


def _names_branch(text: str, branch: str) -> bool:
    return any(same_branch(token.rstrip(".,;:)`'\""), branch) for token in re.findall(r"[\w./#+`-]+", text)
               if token.strip("`"))


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
    named = [n for n in changed if any(_names_branch(t.replace("`", " "), n) for t in _notes())]
    return named[0] if len(named) == 1 else None


@cache
def _culprit() -> str:
    for line in _git("log", "--all", "--format=%H%x09%aI%x09%s").stdout.splitlines():
        sha, when, subject = line.split("\t", 2)
        if (subject, when) == CULPRIT:
            return sha
    raise LookupError(f"the seeded commit {CULPRIT[0]!r} is gone")


def _commits_named(text: str) -> set[str]:
    tokens = {t.lower() for t in SHA.findall(text)}
    shas = _git("log", "--all", "--format=%H").stdout.split()
    return {sha for sha in shas for t in tokens if sha.startswith(t)}


@cache
def _advisory() -> str | None:
    """The one advisory added to the folder, if it is SA-2026-003.md (the next free number)."""
    files = FilesClient(*admin())
    new = [e for e in files.list(ADVISORIES) if not e.is_dir and e.name not in OLD_ADVISORIES]
    if len(new) != 1 or new[0].name != ADVISORY:
        return None
    return files.download_text(new[0].path)


def _field(text: str, *labels: str) -> str | None:
    """The one value of a field (None when missing or given twice with different values)."""
    values = {v.strip() for v in labelled_values(text, *labels) if v.strip()}
    return values.pop() if len(values) == 1 else None


# --- checkpoints ---------------------------------------------------------------------------------------------------


@grader
def regression_test_on_branch() -> bool:
    """The branch's suite passes with new tests, one of which fails on the vulnerable code."""
    branch = _branch()
    return branch is not None and _suite_green_with_new_tests(branch)


@grader
def trade_injection_closed() -> bool:
    """Attacks on trade get 400 or only the caller's requests; filtering by trade and status still works."""
    branch = _branch()
    return branch is not None and _trade_ok(branch)


@grader
def sort_injection_closed() -> bool:
    """A sort expression cannot leak other customers' data (same answer whatever it asks), no 500; the four
    documented sorts still work."""
    branch = _branch()
    return branch is not None and _sort_ok(branch)


@grader
def branch_named_main_untouched() -> bool:
    """The branch is security/<...>; Kai's note on the ticket names it and the advisory; main is the seeded head."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _branch()
    return (branch is not None and branch.startswith("security/") and len(branch) > len("security/")
            and any(_names_branch(t.replace("`", " "), branch) and re.search(r"SA-2026-003\b", t) for t in _notes()))


@grader
def advisory_severity_and_fix() -> bool:
    """SA-2026-003.md is the one new advisory; Severity: High (one level); Fixed in: names the branch."""
    text, branch = _advisory(), _branch()
    if text is None or branch is None:
        return False
    severity = _field(text, "severity") or ""
    levels = {level for level in SEVERITIES if has_word(severity, level)}
    fixed = _field(text, "fixed in") or ""
    return levels == {"high"} and _names_branch(fixed.replace("`", " "), branch)


@grader
def advisory_origin_and_parameters() -> bool:
    """Introduced in: the culprit's id and no other commit; Affected parameters: trade and sort, not status."""
    text = _advisory()
    if text is None:
        return False
    introduced = _field(text, "introduced in") or ""
    parameters = _field(text, "affected parameters", "affected parameter", "parameters") or ""
    return (_commits_named(introduced) == {_culprit()} and has_word(parameters, "trade")
            and has_word(parameters, "sort") and not has_word(parameters, "status"))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(regression_test_on_branch())),
        Checkpoint(1, int(trade_injection_closed())),
        Checkpoint(1, int(sort_injection_closed())),
        Checkpoint(1, int(branch_named_main_untouched())),
        Checkpoint(1, int(advisory_severity_and_fix())),
        Checkpoint(1, int(advisory_origin_and_parameters())),
    ])
