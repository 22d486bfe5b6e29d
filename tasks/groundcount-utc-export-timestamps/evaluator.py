"""Grades groundcount-utc-export-timestamps: the question to Maya, the fix branch (behaviour, tests) and the ticket.

The new export writes UTC timestamps with a Z; Maya's rule (scenarios.yaml) is that dates are taken in US
Central time (America/Chicago, with daylight saving time). The graded branch is the one new branch of
groundcount-etl that changes groundcount/clean.py, or, when there are several, the one of them that kai.morgan's
ticket comments name (exactly one). Its code only ever runs through grading.repos (a throwaway container).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, examinee, grader, repos
from grading.clients.chat import login
from grading.clients.git import GitClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE = "kai.morgan"
REPO = "groundcount-etl"
MAIN_HEAD_SUBJECT = "Keep only the latest version of each job"
TICKET = "Nightly run rejects most rows as bad created_at since the export change"
SEEDED_TESTS = 12
TOPIC = re.compile(r"time ?stamps?|time ?zones?|\butc\b|central|offsets?|daylight|\bdst\b|iso ?8601|"
                   r"\bz\b|convert|which date|local time", re.IGNORECASE)

DAY_EXPORT = """job_id,created_at,scheduled_for,region,trade,status,updated_at
D-1,2026-11-16T14:05:00Z,2026-11-18T15:00:00Z,NE,hvac,scheduled,2026-11-16T14:06:10.250Z
D-2,2026-11-17T15:30:12.840Z,2026-11-17T21:00:00Z,NE,HVAC,completed,2026-11-17T22:10:00Z
D-3,2026-11-18T16:45:00Z,2026-11-23T15:00:00Z,ne,Heating & Cooling,scheduled,2026-11-18T16:46:00Z
D-4,2026-11-16T17:00:00Z,2026-11-19T14:00:00Z,IA,plumbing,scheduled,2026-11-16T17:01:00Z
D-5,2026-11-17T18:20:00.5Z,2026-11-18T16:00:00Z,Iowa,Plumber,scheduled,2026-11-17T18:21:00Z
D-6,2026-11-18T19:10:00Z,2026-11-20T19:00:00Z,IA,Plumbing,scheduled,2026-11-18T19:11:00Z
D-7,2026-11-18T19:40:00Z,2026-11-20T19:00:00Z,NE,hvac,cancelled,2026-11-18T20:00:00Z
D-8,soon,2026-11-20T19:00:00Z,NE,hvac,scheduled,2026-11-18T20:00:00Z
D-1,2026-11-16T14:05:00Z,2026-11-19T15:00:00Z,NE,hvac,scheduled,2026-11-17T09:00:00Z
"""
EVENING_EXPORT = """job_id,created_at,scheduled_for,region,trade,status,updated_at
E-1,2026-11-16T01:15:00Z,2026-11-18T15:00:00Z,NE,hvac,scheduled,2026-11-16T01:16:00Z
E-2,2026-11-16T02:40:00Z,2026-11-18T16:00:00Z,NE,hvac,scheduled,2026-11-16T02:41:00Z
E-3,2026-11-16T04:05:00Z,2026-11-19T15:00:00Z,NE,hvac,scheduled,2026-11-16T04:06:00Z
O-1,2026-10-05T05:20:00Z,2026-10-07T15:00:00Z,KS,electrical,completed,2026-10-07T20:00:00Z
O-2,2026-10-05T05:45:00Z,2026-10-06T15:00:00Z,KS,electrical,completed,2026-10-06T20:00:00Z
O-3,2026-10-05T05:50:00Z,2026-10-09T15:00:00Z,KS,Electric,completed,2026-10-09T20:00:00Z
"""
BASIC_DATES = {
    "2026-11-18T15:04:27Z": "2026-11-18", "2026-11-18T16:40:03.118Z": "2026-11-18",
    "2026-11-19T20:00:00Z": "2026-11-19", "2026-11-02": "2026-11-02", "11/03/2026": "2026-11-03",
    "2026-11-02T08:15:00": "2026-11-02", "2026-11-02 08:15:00": "2026-11-02", "yesterday": None, "": None,
}
CENTRAL_DATES = {
    "2026-11-17T02:30:00Z": "2026-11-16", "2026-11-17T05:59:59Z": "2026-11-16", "2026-11-17T06:00:00Z": "2026-11-17",
    "2026-10-06T04:30:00Z": "2026-10-05", "2026-10-06T05:30:00Z": "2026-10-06", "2026-10-06T04:59:59.999Z": "2026-10-05",
}
BASIC_EXPECTED = {
    "dates": BASIC_DATES,
    "lines": ["week,region,trade,jobs,median_lead_days,mean_lead_days",
              "2026-W47,IA,plumbing,3,2.0,2.0", "2026-W47,NE,hvac,3,3.0,2.67"],
    "rejected": {"bad created_at": 1, "cancelled or test job": 1, "older version of a job": 1},
}
CENTRAL_EXPECTED = {
    "dates": CENTRAL_DATES,
    "lines": ["week,region,trade,jobs,median_lead_days,mean_lead_days",
              "2026-W41,KS,electrical,3,2.0,2.33", "2026-W46,NE,hvac,3,3.0,3.33"],
}

PROBE = r"""
import contextlib, io, tempfile
from pathlib import Path
from groundcount.clean import parse_date, read_csv
from groundcount.cli import main

def day(text):
    try:
        value = parse_date(text)
    except Exception as exc:
        return "error: " + type(exc).__name__
    return None if value is None else value.isoformat()

def run(export):
    folder = Path(tempfile.mkdtemp())
    raw, out = folder / "raw.csv", folder / "out.csv"
    raw.write_text(export, encoding="utf-8")
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            main([str(raw), str(out)])
        return out.read_text(encoding="utf-8").splitlines(), dict(read_csv(raw).rejected)
    except Exception as exc:
        return ["error: " + type(exc).__name__], {}

lines, rejected = run(EXPORT)
report({"dates": {k: day(k) for k in DATES}, "lines": lines, "rejected": rejected})
"""

# The seeded parse_timestamp's loop, and the variants the examinee's tests are run against (whole-package swaps).
SEEDED_LOOP = '''    for fmt in TIMESTAMP_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
'''
UTC_DATE_FIX = '''    for fmt in TIMESTAMP_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    # CENTRAL = ZoneInfo("America/Chicago"); stamp.astimezone(CENTRAL).replace(tzinfo=None)
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp.astimezone(timezone.utc).replace(tzinfo=None) if stamp.tzinfo else stamp
'''
UTC_IMPORTS = ("from datetime import date, datetime, time\n",
               "from datetime import date, datetime, time, timezone\nfrom zoneinfo import ZoneInfo\n\n"
               'CENTRAL = ZoneInfo("America/Chicago")\n')


# --- services ------------------------------------------------------------------------------------

@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _issue() -> Issue:
    found = TrackerClient(*admin()).find_issue("data-platform", TICKET)
    if found is None:
        raise LookupError(f"issue {TICKET!r} not found")
    return found


def _kai_comments() -> list[str]:
    return [c.text for c in _issue().comments if c.author == EXAMINEE and c.text.strip()]


def _names(text: str, branch: str) -> bool:
    """The branch name appears as a whole name (not inside a longer one), alone or as ``origin/<name>``."""
    return re.search(rf"(?<![\w/.-])(?:origin/)?{re.escape(branch)}(?![\w/-])", text) is not None


@cache
def _fix_branches() -> tuple[str, ...]:
    main_code = _git().file_text(REPO, "groundcount/clean.py", ref="main")
    found = []
    for branch in _git().branches(REPO):
        if branch.name != "main" and _git().has_file(REPO, "groundcount/clean.py", ref=branch.name) \
                and _git().file_text(REPO, "groundcount/clean.py", ref=branch.name) != main_code:
            found.append(branch.name)
    return tuple(found)


@cache
def _graded_branch() -> str | None:
    """The one fix branch; among several, the one (exactly one) that kai's ticket comments name."""
    branches = _fix_branches()
    if len(branches) == 1:
        return branches[0]
    text = "\n".join(_kai_comments())
    named = [b for b in branches if _names(text, b)]
    return named[0] if len(named) == 1 else None


# --- code runs -----------------------------------------------------------------------------------

@cache
def _clone(branch: str) -> Path:
    return repos.clone(_git().clone_url(REPO, with_credentials=True), branch, REPO)


@cache
def _pristine() -> Path:
    return repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), MAIN_HEAD_SUBJECT)


@cache
def _probe(branch: str, which: str) -> dict[str, object]:
    export, dates = (DAY_EXPORT, BASIC_DATES) if which == "basic" else (EVENING_EXPORT, CENTRAL_DATES)
    code = f"EXPORT = {export!r}\nDATES = {list(dates)!r}\n" + PROBE
    found = repos.run_python(_clone(branch), code, timeout=120)
    return found if isinstance(found, dict) else {}


@cache
def _seeded_suite_green(branch: str) -> bool:
    outcomes = repos.pytest_outcomes(_clone(branch), pristine=_pristine())
    return len(outcomes) >= SEEDED_TESTS and all(o == "passed" for o in outcomes.values())


def _with_package(branch: str, variant: str) -> Path:
    """A copy of the branch whose groundcount/ package is the seeded one, or the seeded one with the UTC-date fix."""
    stage = Path(tempfile.mkdtemp(prefix="variant-")) / REPO
    shutil.copytree(_clone(branch), stage, ignore=shutil.ignore_patterns(".git"))
    shutil.rmtree(stage / "groundcount")
    shutil.copytree(_pristine() / "groundcount", stage / "groundcount")
    if variant == "utc":
        clean = stage / "groundcount" / "clean.py"
        code = clean.read_text(encoding="utf-8")
        if SEEDED_LOOP not in code or UTC_IMPORTS[0] not in code:
            raise ValueError("the seeded clean.py is not as expected")
        clean.write_text(code.replace(SEEDED_LOOP, UTC_DATE_FIX).replace(*UTC_IMPORTS), encoding="utf-8")
    return stage


@cache
def _own_tests(branch: str, variant: str) -> dict[str, str]:
    folder = _clone(branch) if variant == "branch" else _with_package(branch, variant)
    return repos.pytest_outcomes(folder, pristine=_pristine(), tests="examinee")


# --- checkpoints ---------------------------------------------------------------------------------

@grader
def asked_maya() -> bool:
    """kai.morgan sent Maya a direct message about the timestamps / time zone / dates."""
    with login(*examinee()) as chat:
        mine = [m.body for m in chat.direct_messages("maya.johnson") if m.sender == EXAMINEE]
    return any(TOPIC.search(body) for body in mine)


@grader
def new_format_parsed() -> bool:
    """The branch reads the UTC format (with and without milliseconds), old formats unchanged, seeded suite green."""
    branch = _graded_branch()
    if branch is None or not _seeded_suite_green(branch):
        return False
    found = _probe(branch, "basic")
    return found == BASIC_EXPECTED


@grader
def dates_in_central_time() -> bool:
    """Maya's rule: UTC timestamps converted to America/Chicago (DST-aware) before the date is taken."""
    branch = _graded_branch()
    if branch is None or not new_format_parsed():
        return False
    found = _probe(branch, "central")
    return {"dates": found.get("dates"), "lines": found.get("lines")} == CENTRAL_EXPECTED


@grader
def tests_catch_the_bug() -> bool:
    """The branch's own suite passes (more than the seeded tests); one of its tests fails on the seeded code and
    on a fix that takes the UTC date, and passes on the branch."""
    branch = _graded_branch()
    if branch is None:
        return False
    own = _own_tests(branch, "branch")
    if len(own) <= SEEDED_TESTS or any(o != "passed" for o in own.values()):
        return False
    seeded, utc = _own_tests(branch, "seeded"), _own_tests(branch, "utc")
    return any(seeded.get(t) in {"failed", "error"} and utc.get(t) in {"failed", "error"} for t in own)


@grader
def ticket_resolved() -> bool:
    """Ticket assigned to kai.morgan, Resolved, a comment by kai naming the graded branch; main untouched."""
    if _git().log(REPO, "main", n=1)[0].subject != MAIN_HEAD_SUBJECT:
        return False
    issue, branch = _issue(), _graded_branch()
    if branch is None or issue.assignee != EXAMINEE or issue.status != "Resolved":
        return False
    return any(_names(text, branch) for text in _kai_comments())


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_maya())),
        Checkpoint(1, int(new_format_parsed())),
        Checkpoint(1, int(dates_in_central_time())),
        Checkpoint(1, int(tests_catch_the_bug())),
        Checkpoint(1, int(ticket_resolved())),
    ])
