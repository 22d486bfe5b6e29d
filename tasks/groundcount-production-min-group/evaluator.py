"""Grades groundcount-production-min-group from the pushed branch, compared with the seeded commit.

Production runs with ``--min-group 5`` (only Maya knows, scenarios.yaml; staging uses 2). The branch must
make 5 the default of ``weekly_metrics`` and of the command line, keep the suite green, and say so in the
README; main must stay the seeded head. Maya must have been asked (a direct message about the
threshold): a lucky guess of 5 does not earn checkpoint 1.

One answer: the branch is the one new branch whose ``groundcount/metrics.py`` differs from the seeded one
(several such branches, e.g. one per candidate value, give no branch). The examinee's code runs only in
isolated jobs (grading.repos), as the seeded repository with only the branch's ``groundcount/`` package (and,
for its suite, its ``tests/`` folder) swapped in; the suite runs with a canary test of a random name that must
fail.
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
from grading.answers import one_answer, sentences
from grading.clients.chat import login
from grading.clients.git import GitClient

EXAMINEE = "kai.morgan"
ASKED = "maya.johnson"
# A question about production's threshold (the topics Maya answers, scenarios.yaml): "hi Maya" is not one.
QUESTION = re.compile(r"\bprod|nightly|min\W?group|threshold|group size|privacy|suppress|\bcron\b|--min",
                      re.IGNORECASE)
REPO = "groundcount-etl"
SEEDED_SUBJECT = "Keep only the latest version of each job"
SEEDED_DATE = "2026-11-09T16:30:00-06:00"
SEEDED_TEST_COUNT = 12
PACKAGE = "groundcount"
TESTS = "tests"
METRICS = "groundcount/metrics.py"
PRODUCTION = 5

# A raw export with one group of 4 jobs (NE hvac) and one of 5 (IA plumbing) in 2026-W45.
HIDDEN_CHECKS = r"""
import contextlib, io, json, tempfile
from pathlib import Path
from groundcount import metrics
from groundcount.clean import read_csv
from groundcount.cli import main

rows = ["job_id,created_at,scheduled_for,region,trade,status,updated_at"]
rows += [f"FD-9{n:04d},2026-11-02,2026-11-0{4 + n},NE,hvac,completed,2026-11-09T10:00:00" for n in range(4)]
rows += [f"FD-8{n:04d},2026-11-03,2026-11-0{5 + n},IA,plumbing,scheduled,2026-11-09T10:00:00" for n in range(5)]
folder = Path(tempfile.mkdtemp())
raw, out = folder / "raw.csv", folder / "out.csv"
raw.write_text("\n".join(rows) + "\n")
with contextlib.redirect_stdout(io.StringIO()):
    main([str(raw), str(out)])
records = read_csv(raw).records
report(({
    "constant": metrics.MIN_GROUP_SIZE,
    "default_groups": [[m.region, m.jobs] for m in metrics.weekly_metrics(records)],
    "cli": out.read_text().splitlines(),
}))
"""
CANARY_NAME = f"test_{secrets.token_hex(6)}"
CANARY = f"""from groundcount.metrics import median


def {CANARY_NAME}() -> None:
    assert median([1, 2, 3]) == 7.0
"""

# The README's statements of the threshold: each must give 5 and no other small number (a hedge fails).
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "ten": "10"}
THRESHOLD = re.compile(r"\b(at least|fewer than|less than|smaller than|below|minimum of)\s+(\d+)\s+"
                       r"(jobs?|rows?|entries|bookings|records)\b|"
                       r"\bmin(imum)?[ _-]?group[ _-]?size\W+(is\W+|of\W+)?\d+\b", re.IGNORECASE)


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


@cache
def _branch() -> str | None:
    """The one new branch whose metrics module differs from the seeded one."""
    refs = _git("for-each-ref", "--format=%(refname)", "refs/remotes/origin/").stdout.split()
    names = [r.removeprefix("refs/remotes/origin/") for r in refs]
    changed = [n for n in names if n not in ("HEAD", "main")
               and _git("diff", "--quiet", _seeded(), _ref(n), "--", METRICS, check=False).returncode == 1]
    return changed[0] if len(changed) == 1 else None


def _tree(branch: str, with_tests: bool) -> Path:
    """The seeded repository with the branch's package (and tests, plus the canary) in place of the seeded ones."""
    dest = Path(tempfile.mkdtemp(prefix="tree-")) / REPO
    _export(_seeded(), dest)
    shutil.rmtree(dest / PACKAGE, ignore_errors=True)
    _export(_ref(branch), dest, PACKAGE)
    if with_tests:
        shutil.rmtree(dest / TESTS, ignore_errors=True)
        _export(_ref(branch), dest, TESTS)
        (dest / TESTS / f"{CANARY_NAME}.py").write_text(CANARY, encoding="utf-8")
    return dest


@cache
def _pristine() -> Path:
    dest = Path(tempfile.mkdtemp(prefix="pristine-")) / REPO
    _export(_seeded(), dest)
    return dest


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_tree(branch, with_tests=False), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _default_is_production(branch: str) -> bool:
    found = _hidden(branch)
    cli = found.get("cli")
    return (found.get("constant") == PRODUCTION and found.get("default_groups") == [["IA", 5]]
            and isinstance(cli, list) and len(cli) == 2 and str(cli[1]).startswith("2026-W45,IA,plumbing,5,"))


def _suite_green(branch: str) -> bool:
    outcomes = dict(repos.pytest_outcomes(_tree(branch, with_tests=True), pristine=_pristine(), tests="examinee"))
    if [o for t, o in outcomes.items() if t.endswith(f"::{CANARY_NAME}")] != ["failed"]:
        return False  # the run's verdicts cannot be trusted
    outcomes = {t: o for t, o in outcomes.items() if not t.endswith(f"::{CANARY_NAME}")}
    return len(outcomes) >= SEEDED_TEST_COUNT and all(o == "passed" for o in outcomes.values())


def readme_says(readme: str, value: int) -> bool:
    """Every sentence of the README stating the threshold ("at least 5 jobs", "fewer than five jobs") gives
    ``value`` and no other small number; at least one does."""
    text = re.sub(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", lambda m: NUMBER_WORDS[m.group(1).lower()], readme,
                  flags=re.IGNORECASE)
    stated = [s for s in sentences(text) if THRESHOLD.search(s)]
    return bool(stated) and all(one_answer(s, value, among=lambda a: not a.percent and 0 < a.value < 100)
                                for s in stated)


@cache
def asked_maya() -> bool:
    """kai.morgan sent Maya a direct message about production's threshold (the value is hers; a guess is not).
    No kai-Maya conversation is seeded, so every message of Kai's there was sent during the run."""
    with login(*examinee()) as chat:
        messages = chat.direct_messages(ASKED)
    return any(m.sender == EXAMINEE and QUESTION.search(m.body) for m in messages)


@grader
def default_is_production_value() -> bool:
    """Maya was asked; on the branch, the constant, weekly_metrics() and the CLI default to 5; main is the seeded
    head."""
    branch = _branch()
    main = _git("rev-parse", _ref("main")).stdout.strip()
    return branch is not None and main == _seeded() and _default_is_production(branch) and asked_maya()


@grader
def suite_green() -> bool:
    """That branch's whole test suite passes (tests adjusted to the new default)."""
    branch = _branch()
    return branch is not None and _default_is_production(branch) and _suite_green(branch)


@grader
def readme_updated() -> bool:
    """That branch's README states the new threshold of 5 jobs, and no other."""
    branch = _branch()
    if branch is None or not _default_is_production(branch):
        return False
    return readme_says(_git("show", f"{_ref(branch)}:README.md", check=False).stdout, PRODUCTION)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(default_is_production_value())),
        Checkpoint(1, int(suite_green())),
        Checkpoint(1, int(readme_updated())),
    ])
