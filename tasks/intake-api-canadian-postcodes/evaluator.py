"""Grades intake-api-canadian-postcodes from a fresh clone of the pushed branch and from the tracker.

Aisha's rules (only she knows them, scenarios.yaml): normalise to "A1A 1A1", only Manitoba (R),
Saskatchewan (S) and Ontario (K-P), never the letters D F I O Q U, US ZIP codes unchanged, an error
message naming both formats. Hidden checks call the branch's code in a subprocess on the clone.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
REPO = "intake-api"
MAIN_HEAD_SUBJECT = "Store phone numbers in E.164 form"
ISSUE_SUBJECT = "Intake API: accept Canadian postal codes"
SEEDED_TEST_COUNT = 26
CANADIAN_CODE = re.compile(r"[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d")

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


_env = repos.git_env


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _branches() -> tuple[str, ...]:
    """New branches whose validation code differs from main's."""
    main_code = _git().file_text(REPO, "intake_api/validation.py", ref="main")
    return tuple(b.name for b in _git().branches(REPO)
                 if b.name != "main" and _git().file_text(REPO, "intake_api/validation.py", ref=b.name) != main_code)


@cache
def _clone(branch: str) -> Path:
    return repos.clone(_git().clone_url(REPO, with_credentials=True), branch, REPO)


@cache
def _test_results(branch: str) -> dict[str, str]:
    """The branch's own tests (the examinee adds some) under the seeded test configuration."""
    return repos.pytest_outcomes(_clone(branch), pristine=_pristine(), tests="examinee")


@cache
def _pristine() -> Path:
    return repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), MAIN_HEAD_SUBJECT)


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_clone(branch), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _rejected(result: object) -> bool:
    return isinstance(result, str) and result.startswith("ERR:")


def _suite_green_with_new_tests(branch: str) -> bool:
    results = _test_results(branch)
    if len(results) <= SEEDED_TEST_COUNT or any(o != "passed" for o in results.values()):
        return False
    tests = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in (_clone(branch) / "tests").rglob("*.py"))
    return bool(CANADIAN_CODE.search(tests))


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


@grader
def branch_with_green_tests() -> bool:
    """A new branch changes validation; its suite passes with new tests using Canadian postal codes."""
    return any(_suite_green_with_new_tests(b) for b in _branches())


@grader
def canadian_codes_accepted_us_unchanged() -> bool:
    """R3C 4T3 is accepted (also through POST /v1/jobs), US ZIP codes unchanged, garbage rejected."""
    return any(_basic_ok(b) for b in _branches())


@grader
def aisha_rules_implemented() -> bool:
    """Normalisation, served provinces only, forbidden letters, error message naming both formats."""
    return any(_basic_ok(b) and _aisha_ok(b) for b in _branches())


@grader
def docs_updated() -> bool:
    """docs/api.md on the branch documents Canadian postal codes with an example."""
    for branch in _branches():
        docs = _git().file_text(REPO, "docs/api.md", ref=branch)
        if re.search(r"canad", docs, re.IGNORECASE) and CANADIAN_CODE.search(docs):
            return True
    return False


@grader
def ticket_updated_main_untouched() -> bool:
    """Ticket assigned to the examinee with their comment naming the branch; main not changed."""
    if _git().log(REPO, "main", n=1)[0].subject != MAIN_HEAD_SUBJECT:
        return False
    issue = TrackerClient(*admin()).find_issue("fieldday", ISSUE_SUBJECT)
    if issue is None or issue.assignee != EXAMINEE:
        return False
    return any(c.author == EXAMINEE and any(b in c.text for b in _branches()) for c in issue.comments)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(branch_with_green_tests())),
        Checkpoint(1, int(canadian_codes_accepted_us_unchanged())),
        Checkpoint(1, int(aisha_rules_implemented())),
        Checkpoint(1, int(docs_updated())),
        Checkpoint(1, int(ticket_updated_main_untouched())),
    ])
