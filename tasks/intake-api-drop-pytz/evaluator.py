"""Grades intake-api-drop-pytz: the branch without pytz (behaviour with pytz made unimportable), the places that
install or declare it, the changelog entry and the ticket.

The graded branch is the one new branch of intake-api, or among several the one (exactly one) that kai.morgan's
ticket comments name. Its code runs only through grading.repos (a throwaway container).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPO = "intake-api"
MAIN_HEAD_PREFIX = "Validate preferred_date against the customer's local date"
TICKET = "intake-api: replace pytz with the standard library's zoneinfo"
SEEDED_TESTS = 30
PYTZ = re.compile(r"\bpytz\b", re.IGNORECASE)

HIDDEN_CHECKS = r"""
import sys
sys.modules["pytz"] = None  # any import of pytz now fails
from datetime import date, datetime, timedelta, timezone
from intake_api.localtime import local_time, local_today

def at(text):
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)

days = {f"{t} {z}": local_today(at(t), z).isoformat() for t, z in [
    ("2026-11-19T01:40:00", "68508"), ("2026-11-19T06:30:00", "68508"), ("2026-11-19T06:30:00", "80202"),
    ("2026-11-19T06:59:00", "69101"), ("2026-03-08T05:30:00", "68508"), ("2026-03-08T07:30:00", "80202"),
    ("2026-07-01T05:30:00", "68508"), ("2026-07-01T06:30:00", "82001"), ("2026-07-01T04:59:00", "50309"),
]}
offsets = {f"{d} {h} {z}": local_time(date.fromisoformat(d), h, 30, z).utcoffset() // timedelta(minutes=1)
           for d, h, z in [("2026-11-01", 0, "68508"), ("2026-11-01", 3, "68508"), ("2026-03-08", 1, "80202"),
                           ("2026-03-08", 4, "80202"), ("2026-07-01", 9, "59601"), ("2026-12-15", 9, "66101")]}
instants = {f"{d} {h} {z}": local_time(date.fromisoformat(d), h, 30, z).astimezone(timezone.utc).isoformat()
            for d, h, z in [("2026-11-01", 0, "68508"), ("2026-07-01", 9, "80202")]}

import io, json
from wsgiref.util import setup_testing_defaults
from intake_api.app import IntakeApp
from intake_api.auth import KeyRing
from intake_api.store import JobStore

def post(now, body):
    app = IntakeApp(JobStore(), KeyRing.parse("k:cust"), clock=lambda: now)
    raw = json.dumps(body).encode()
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/jobs", "CONTENT_LENGTH": str(len(raw)),
               "wsgi.input": io.BytesIO(raw), "HTTP_X_API_KEY": "k"}
    setup_testing_defaults(environ)
    seen = {}
    app(environ, lambda status, headers: seen.setdefault("status", int(status.split()[0])))
    return seen["status"]

base = {"customer_name": "Dana Whitaker", "phone": "402-555-0187", "trade": "hvac"}
api = [post(at(t), {**base, "postcode": z, "preferred_date": d}) for t, z, d in [
    ("2026-11-19T01:40:00", "68508", "2026-11-18"), ("2026-11-19T06:30:00", "80202", "2026-11-18"),
    ("2026-11-19T06:30:00", "68508", "2026-11-18"), ("2026-07-01T05:30:00", "68508", "2026-06-30"),
]]
report({"days": days, "offsets": offsets, "instants": instants, "api": api})
"""
EXPECTED = {
    "days": {
        "2026-11-19T01:40:00 68508": "2026-11-18", "2026-11-19T06:30:00 68508": "2026-11-19",
        "2026-11-19T06:30:00 80202": "2026-11-18", "2026-11-19T06:59:00 69101": "2026-11-18",
        "2026-03-08T05:30:00 68508": "2026-03-07", "2026-03-08T07:30:00 80202": "2026-03-08",
        "2026-07-01T05:30:00 68508": "2026-07-01", "2026-07-01T06:30:00 82001": "2026-07-01",
        "2026-07-01T04:59:00 50309": "2026-06-30",
    },
    "offsets": {"2026-11-01 0 68508": -300, "2026-11-01 3 68508": -360, "2026-03-08 1 80202": -420,
                "2026-03-08 4 80202": -360, "2026-07-01 9 59601": -360, "2026-12-15 9 66101": -360},
    "instants": {"2026-11-01 0 68508": "2026-11-01T05:30:00+00:00", "2026-07-01 9 80202": "2026-07-01T15:30:00+00:00"},
    "api": [201, 201, 400, 400],
}


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _issue() -> Issue:
    found = TrackerClient(*admin()).find_issue("fieldday", TICKET)
    if found is None:
        raise LookupError(f"issue {TICKET!r} not found")
    return found


def _kai_comments() -> str:
    return "\n".join(c.text for c in _issue().comments if c.author == EXAMINEE)


def _names(text: str, branch: str) -> bool:
    """The branch name appears as a whole name (not inside a longer one), alone or as ``origin/<name>``."""
    return re.search(rf"(?<![\w/.-])(?:origin/)?{re.escape(branch)}(?![\w/-])", text) is not None


@cache
def _graded_branch() -> str | None:
    branches = [b.name for b in _git().branches(REPO) if b.name != "main"]
    if len(branches) == 1:
        return branches[0]
    named = [b for b in branches if _names(_kai_comments(), b)]
    return named[0] if len(named) == 1 else None


@cache
def _clone(branch: str) -> Path:
    return repos.clone(_git().clone_url(REPO, with_credentials=True), branch, REPO)


@cache
def _pristine() -> Path:
    for commit in _git().log(REPO, "main", n=30):
        if commit.subject.startswith(MAIN_HEAD_PREFIX):
            return repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), commit.subject)
    raise LookupError("Aisha's commit is not on main")


@cache
def _works_without_pytz() -> bool:
    branch = _graded_branch()
    if branch is None:
        return False
    outcomes = repos.pytest_outcomes(_clone(branch), pristine=_pristine())
    if len(outcomes) < SEEDED_TESTS or any(o != "passed" for o in outcomes.values()):
        return False
    return repos.run_python(_clone(branch), HIDDEN_CHECKS, timeout=60) == EXPECTED


def _sections(text: str) -> tuple[str, list[str]]:
    head, *rest = re.split(r"^(?=## )", text, flags=re.MULTILINE)
    return head, rest


# --- checkpoints ---------------------------------------------------------------------------------

@grader
def behaviour_without_pytz() -> bool:
    """With pytz unimportable, local dates and times (daylight saving included) and the API's same-day check behave
    as on main; the seeded suite passes."""
    return _works_without_pytz()


@grader
def pytz_gone_everywhere() -> bool:
    """On such a branch no Python file, requirements.txt, pyproject.toml, Dockerfile or Makefile mentions pytz,
    and nothing installs a requirements.txt that does not exist."""
    if not _works_without_pytz():
        return False
    root = _clone(_graded_branch() or "")
    for path in [*root.rglob("*.py"), *(root / n for n in ("requirements.txt", "pyproject.toml", "Dockerfile", "Makefile"))]:
        if ".git" in path.parts or not path.is_file():
            continue
        if PYTZ.search(path.read_text(encoding="utf-8", errors="replace")):
            return False
    if not (root / "requirements.txt").is_file():
        for name in ("Dockerfile", "Makefile"):
            if (root / name).is_file() and "requirements.txt" in (root / name).read_text(encoding="utf-8"):
                return False
    return True


@grader
def changelog_entry() -> bool:
    """On such a branch, CHANGELOG.md's Unreleased section keeps Aisha's entry and gains one naming pytz and
    zoneinfo with the ticket; the released sections are untouched."""
    if not _works_without_pytz():
        return False
    old = (_pristine() / "CHANGELOG.md").read_text(encoding="utf-8")
    new_path = _clone(_graded_branch() or "") / "CHANGELOG.md"
    if not new_path.is_file():
        return False
    (old_head, old_sections), (new_head, new_sections) = _sections(old), _sections(new_path.read_text(encoding="utf-8"))
    if new_head.strip() != old_head.strip() or len(new_sections) != len(old_sections):
        return False
    if [s.strip() for s in new_sections[1:]] != [s.strip() for s in old_sections[1:]]:
        return False
    unreleased = new_sections[0]
    old_lines = {line.strip() for line in old_sections[0].splitlines() if line.strip()}
    added = [p for p in re.split(r"^- ", unreleased, flags=re.MULTILINE)[1:] if f"- {p}".splitlines()[0].strip() not in old_lines]
    return (unreleased.startswith("## Unreleased") and old_lines <= {line.strip() for line in unreleased.splitlines()}
            and any(PYTZ.search(p) and re.search(r"zoneinfo", p, re.IGNORECASE) and re.search(rf"#{_issue().id}\b", p)
                    for p in added))


@grader
def ticket_resolved() -> bool:
    """main still ends with Aisha's commit; the ticket is kai's, Resolved, with a comment naming the branch."""
    if not _git().log(REPO, "main", n=1)[0].subject.startswith(MAIN_HEAD_PREFIX):
        return False
    branch, issue = _graded_branch(), _issue()
    return (branch is not None and issue.assignee == EXAMINEE and issue.status == "Resolved"
            and _names(_kai_comments(), branch))


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(behaviour_without_pytz())),
        Checkpoint(1, int(pytz_gone_everywhere())),
        Checkpoint(1, int(changelog_entry())),
        Checkpoint(1, int(ticket_resolved())),
    ])
