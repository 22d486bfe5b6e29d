"""Grades the Canadian-regions change: the pushed branch (behaviour, tests) and the ticket comment.

The branch is cloned over HTTP; its code only ever runs through grading.repos (a throwaway container
without secrets), never inside the evaluator's own container.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.clients.git import GitClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
REPO = "groundcount-etl"
BRANCH = "feature/canadian-regions"
MAIN_HEAD_SUBJECT = "Keep only the latest version of each job"
TICKET = "Normalise Canadian provinces in region codes"
MAIN_TESTS = 12

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

_cache: dict[str, object] = {}


def _git() -> GitClient:
    return GitClient(*admin())


def _checkout() -> Path:
    """The pushed branch, cloned once into a temporary folder."""
    if "dir" not in _cache:
        target = Path(tempfile.mkdtemp(prefix="gc-eval-")) / "repo"
        url = _git().clone_url(REPO, with_credentials=True)
        subprocess.run(["git", "clone", "-q", "--branch", BRANCH, url, str(target)], check=True,
                       capture_output=True, timeout=120)
        _cache["dir"] = target
    path = _cache["dir"]
    assert isinstance(path, Path)
    return path


def _normalised(inputs: list[str]) -> dict[str, str | None]:
    result = repos.run_python(_checkout(), f"INPUTS = {inputs!r}\n" + PROBE, timeout=60)
    if not isinstance(result, dict):
        raise RuntimeError("normalise_region probe reported nothing")
    return result


def _branch_exists() -> bool:
    try:
        return any(b.name == BRANCH for b in _git().branches(REPO))
    except Exception:
        return False


@grader
def branch_pushed() -> bool:
    """The branch exists, adds commits on top of main, and main itself was left alone."""
    gitc = _git()
    main_head = gitc.log(REPO, "main", n=1)[0]
    if main_head.subject != MAIN_HEAD_SUBJECT:
        return False
    history = gitc.log(REPO, BRANCH, n=100)
    return bool(history) and history[0].sha != main_head.sha and any(c.sha == main_head.sha for c in history)


@grader
def provinces_normalised() -> bool:
    """All 13 codes and names map to codes, US unchanged, and Canadian groups are published by the CLI."""
    got = _normalised(list(GENERAL))
    if any(got.get(k) != v for k, v in GENERAL.items()):
        return False
    ran = repos.run_python(_checkout(), f"EXPORT = {HIDDEN_EXPORT!r}\n" + CLI_CHECK, timeout=60)
    return isinstance(ran, dict) and ran.get("returncode") == 0 and ran.get("lines") == HIDDEN_OUTPUT


@grader
def customer_short_forms() -> bool:
    """The short forms only Maya knew (Man., Sask., Ont.) map to their provinces."""
    got = _normalised(list(SHORT_FORMS))
    return all(got.get(k) == v for k, v in SHORT_FORMS.items())


@grader
def tests_green_and_extended() -> bool:
    """The branch's own suite passes under pytest, has more tests than main, and tests Canada."""
    pristine = repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), MAIN_HEAD_SUBJECT)
    outcomes = repos.pytest_outcomes(_checkout(), "tests", timeout=240, pristine=pristine, tests="examinee")
    passed = sum(o == "passed" for o in outcomes.values())
    if any(o in ("failed", "error") for o in outcomes.values()) or passed <= MAIN_TESTS:
        return False
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (_checkout() / "tests").rglob("*.py"))
    return bool(re.search(r"Manitoba|Saskatchewan|Alberta|British Columbia|Quebec|\"MB\"|'MB'|\"SK\"|'SK'", tests))


@grader
def ticket_comment() -> bool:
    issue = TrackerClient(*admin()).find_issue("data-platform", TICKET)
    return issue is not None and any(c.author == EXAMINEE and BRANCH in c.text for c in issue.comments)


def grade_checkpoints(trajectory: object = "") -> Result:
    exists = _branch_exists()  # without the branch there is nothing to clone and run
    return Result([
        Checkpoint(1, int(exists and branch_pushed())),
        Checkpoint(1, int(exists and provinces_normalised())),
        Checkpoint(1, int(exists and customer_short_forms())),
        Checkpoint(1, int(exists and tests_green_and_extended())),
        Checkpoint(1, int(ticket_comment())),
    ])
