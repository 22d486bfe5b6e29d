"""Grades quote-builder-weekend-surcharge from the pushed branch (compared with the seeded commit), chat and the
tracker.

Hannah's rule (only she knows it, scenarios.yaml): the weekend surcharge is taken of the Labour line plus the
Call-out fee line, never of materials; Ben's "whole quote" is wrong. **The branch** (one answer) and the isolated
runs of its code are described in checkpoints.md: the seeded repository with only the branch's ``quotes/``
package (and, for its own tests, its ``tests/`` plus a canary that must fail) swapped in; its tests also run on
the seeded code, where names the change adds import as stubs that fail when used.
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
from grading.answers import same_branch, says, sentence_with
from grading.phrases import sentences
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
OWNER = "hannah.brooks"
# A question about the surcharge (the topics Hannah answers, scenarios.yaml): "hi Hannah" is not one.
QUESTION = re.compile(r"surcharge|weekend|saturday|sunday|materials|parts|call.?out|labou?r|percent", re.IGNORECASE)
REPO = "quote-builder"
SEEDED_SUBJECT = "Document the rate card example"
SEEDED_DATE = "2026-11-10T11:05:00-06:00"
ISSUE_SUBJECT = "quote-builder: weekend surcharge on estimates"
SEEDED_TEST_COUNT = 15
PACKAGE = "quotes"
TESTS = "tests"

# Cases from the ticket that do not depend on the open question (no call-out fee, no materials), the rate card
# JSON key, and Hannah's base (labour + call-out fee, not materials) with half-up rounding of 28.725.
HIDDEN_CHECKS = r"""
import json, tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from quotes import Job, RateCard, build_quote, load_rate_card

def lines(quote):
    return [[line.label, str(line.amount)] for line in quote.lines] + [["total", str(quote.total)]]

def attempt(make):
    try:
        return make()
    except BaseException as exc:
        return "EXC:" + type(exc).__name__

SAT, SUN, TUE = date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 24)
D = Decimal
plain = attempt(lambda: RateCard(hourly_rate={"hvac": D("95.00")}, weekend_surcharge=D("0.25")))
zero = attempt(lambda: RateCard(hourly_rate={"hvac": D("95.00")}, weekend_surcharge=D("0")))
full = attempt(lambda: RateCard(hourly_rate={"hvac": D("95.00"), "plumbing": D("88.00")}, callout_fee=D("49.00"),
                                materials_markup=D("0.15"), weekend_surcharge=D("0.25")))
odd = attempt(lambda: RateCard(hourly_rate={"hvac": D("95.00")}, callout_fee=D("49.00"),
                               materials_markup=D("0.15"), weekend_surcharge=D("0.15")))

def quote(card, day, hours, materials="0", trade="hvac"):
    return attempt(lambda: lines(build_quote(Job(trade, day, D(hours), D(materials)), card)))

folder = Path(tempfile.mkdtemp())
def card_from(data):
    path = folder / "card.json"
    path.write_text(json.dumps(data))
    return attempt(lambda: str(load_rate_card(path).weekend_surcharge))

report({
    "saturday": quote(plain, SAT, "2.5"),
    "sunday": quote(plain, SUN, "2.5"),
    "weekday": quote(plain, TUE, "2.5"),
    "zero": quote(zero, SAT, "2.5"),
    "json": card_from({"hourly_rate": {"hvac": "95"}, "weekend_surcharge": "0.25"}),
    "json_number": card_from({"hourly_rate": {"hvac": "95"}, "weekend_surcharge": 0.1}),
    "json_missing": card_from({"hourly_rate": {"hvac": "95"}}),
    "json_negative": card_from({"hourly_rate": {"hvac": "95"}, "weekend_surcharge": "-0.25"}),
    "base_prairie": quote(full, SAT, "2.5", "120.00"),
    "base_weekday": quote(full, TUE, "2.5", "120.00"),
    "base_rounding": quote(odd, SUN, "1.5", "10.00"),
})
"""
BASIC = {
    "saturday": [["Labour", "237.50"], ["Weekend surcharge", "59.38"], ["total", "296.88"]],
    "sunday": [["Labour", "237.50"], ["Weekend surcharge", "59.38"], ["total", "296.88"]],
    "weekday": [["Labour", "237.50"], ["total", "237.50"]],
    "zero": [["Labour", "237.50"], ["total", "237.50"]],
    "json": "0.25",
    "json_number": "0.1",
    "json_missing": "0",
    "json_negative": "EXC:BadRateCard",
}
BASE = {
    "base_prairie": [["Labour", "237.50"], ["Call-out fee", "49.00"], ["Materials", "138.00"],
                     ["Weekend surcharge", "71.63"], ["total", "496.13"]],
    "base_weekday": [["Labour", "237.50"], ["Call-out fee", "49.00"], ["Materials", "138.00"], ["total", "424.50"]],
    "base_rounding": [["Labour", "142.50"], ["Call-out fee", "49.00"], ["Materials", "11.50"],
                      ["Weekend surcharge", "28.73"], ["total", "231.73"]],
}

CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from decimal import Decimal

from quotes.money import round_cents


def {CANARY_NAME}() -> None:
    assert round_cents(Decimal("1.005")) == Decimal("7.00")
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
    return any(same_branch(token.rstrip(".,;:!?)"), branch) for token in re.findall(r"[\w./#+-]+", text))


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
    """The seeded repository with ``quotes/`` (and ``tests/`` plus the canary) from the given commits; the seeded
    package under the examinee's tests gets stubs for what it lacks."""
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


def _stub_missing(package: Path) -> None:
    """Make ``package`` (the seeded code) import names and submodules it lacks as stubs that fail when used."""
    for module in package.rglob("*.py"):
        module.write_text(module.read_text(encoding="utf-8") + MISSING_NAME, encoding="utf-8")
    init = package / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + MISSING_MODULE, encoding="utf-8")


@cache
def _pristine() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="pristine-")) / REPO
    _export(_seeded(), dest)
    return dest


def _trusted(results: dict[str, str]) -> dict[str, str] | None:
    """The outcomes without the canary, or None when the canary did not fail (the verdicts cannot be trusted)."""
    if [o for t, o in results.items() if t.endswith(f"::{CANARY_NAME}")] != ["failed"]:
        return None
    return {t: o for t, o in results.items() if not t.endswith(f"::{CANARY_NAME}")}


@cache
def _their_tests_on(branch: str, code: str) -> dict[str, str]:
    """The branch's tests (plus the canary) against its own code ("branch") or the seeded code ("seeded")."""
    tree = _tree(_ref(branch) if code == "branch" else _seeded(), tests_from=_ref(branch))
    return repos.pytest_outcomes(tree, pristine=_pristine(), tests="examinee")


@cache
def _seeded_tests_pass(branch: str) -> bool:
    """The seeded tests (plus the canary) pass on the branch's package: nothing that worked is broken."""
    results = _trusted(repos.pytest_outcomes(_tree(_ref(branch)), pristine=_pristine(), tests="examinee"))
    return (results is not None and len(results) >= SEEDED_TEST_COUNT
            and all(o == "passed" for o in results.values()))


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_tree(_ref(branch)), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _works(branch: str) -> bool:
    hidden = _hidden(branch)
    return _seeded_tests_pass(branch) and all(hidden.get(k) == v for k, v in BASIC.items())


def _right_base(branch: str) -> bool:
    hidden = _hidden(branch)
    return _works(branch) and all(hidden.get(k) == v for k, v in BASE.items())


@cache
def asked_hannah() -> bool:
    """kai.morgan sent Hannah a direct message about the surcharge. No Kai-Hannah conversation is seeded, so every
    message of Kai's there was sent during the run."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(OWNER)
    return any(m.sender == EXAMINEE and QUESTION.search(m.body) for m in messages)


LABOUR = ("labour", "labor")
CALLOUT = ("call-out", "callout", "call out", "call-out fee", "callout fee")
APPLIES = ("surcharge", "base", "applies", "apply", "applied", "charged", "taken", "percentage")
MATERIALS = ("materials", "material", "parts")
EXCLUDED = ("excluded", "exclude", "excludes", "excluding", "not surcharged", "left out", "exempt", "untouched",
            "unaffected", "no surcharge", "never surcharged", "not included")


def states_rule(text: str) -> bool:
    """One sentence puts the surcharge on labour and the call-out fee, and materials are excluded (negated or with
    an exclusion word) in a sentence about the surcharge or its base; no sentence puts it on materials or on the
    whole quote."""
    if sentence_with(text, LABOUR, CALLOUT, APPLIES) is None:
        return False
    excluded = False
    for sentence in sentences(text):
        if not any(says(sentence, m) or says(sentence, m, negated=True) for m in MATERIALS):
            if says(sentence, "whole quote", "whole estimate", "entire quote", "entire estimate", "whole invoice",
                    "everything"):
                return False
            continue
        negated = any(says(sentence, m, negated=True) for m in MATERIALS)
        named_out = sentence_with(sentence, MATERIALS, EXCLUDED) is not None
        if negated or named_out:
            excluded = True
        else:
            return False  # materials named without being excluded: on materials, or a hedge
    return excluded


# --- checkpoints ----------------------------------------------------------------------------------------------------


@grader
def branch_with_tested_feature() -> bool:
    """The branch's suite passes with new tests, one of which fails on the seeded code."""
    branch = _branch()
    if branch is None:
        return False
    results = _trusted(dict(_their_tests_on(branch, "branch")))
    if results is None or len(results) <= SEEDED_TEST_COUNT or any(o != "passed" for o in results.values()):
        return False
    on_seeded = _their_tests_on(branch, "seeded")
    return any(on_seeded.get(t) in ("failed", "error") for t in results)


@grader
def surcharge_works() -> bool:
    """Seeded tests pass; weekend line, weekdays and zero surcharge, the JSON key (cases not needing the rule)."""
    branch = _branch()
    return branch is not None and _works(branch)


@grader
def hannahs_base() -> bool:
    """Hannah was asked; the surcharge is taken of labour + call-out fee, not materials, rounded half up."""
    branch = _branch()
    return branch is not None and _right_base(branch) and asked_hannah()


@grader
def ticket_names_branch() -> bool:
    """A note by the examinee names the branch, whose feature works; main is still the seeded head."""
    if _git("rev-parse", _ref("main")).stdout.strip() != _seeded():
        return False
    branch = _branch()
    return branch is not None and _works(branch) and any(_names_branch(t, branch) for t in _notes())


@grader
def ticket_states_rule() -> bool:
    """A note by the examinee states Hannah's rule, and the branch's code follows it."""
    branch = _branch()
    return branch is not None and _right_base(branch) and any(states_rule(t) for t in _notes())


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(branch_with_tested_feature())),
        Checkpoint(1, int(surcharge_works())),
        Checkpoint(1, int(hannahs_base())),
        Checkpoint(1, int(ticket_names_branch())),
        Checkpoint(1, int(ticket_states_rule())),
    ])
