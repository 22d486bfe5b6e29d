"""Grades groundcount-production-min-group from fresh clones of the pushed branch.

Production runs with ``--min-group 5`` (only Maya knows, scenarios.yaml; staging uses 2). The branch must
make 5 the default of ``weekly_metrics`` and of the command line, keep the suite green, and say so in the
README; main must stay untouched.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from grading import Checkpoint, Result, admin, grader, repos
from grading.clients.git import GitClient

REPO = "groundcount-etl"
MAIN_HEAD_SUBJECT = "Keep only the latest version of each job"
SEEDED_TEST_COUNT = 12

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


_env = repos.git_env


@cache
def _git() -> GitClient:
    return GitClient(*admin())


@cache
def _branches() -> tuple[str, ...]:
    """New branches whose metrics module differs from main's."""
    main_code = _git().file_text(REPO, "groundcount/metrics.py", ref="main")
    return tuple(b.name for b in _git().branches(REPO)
                 if b.name != "main" and _git().file_text(REPO, "groundcount/metrics.py", ref=b.name) != main_code)


@cache
def _clone(branch: str) -> Path:
    return repos.clone(_git().clone_url(REPO, with_credentials=True), branch, REPO)


@cache
@cache
def _pristine() -> Path:
    return repos.pristine_checkout(_git().clone_url(REPO, with_credentials=True), MAIN_HEAD_SUBJECT)


def _suite_green(branch: str) -> bool:
    outcomes = repos.pytest_outcomes(_clone(branch), pristine=_pristine(), tests="examinee")
    return len(outcomes) >= SEEDED_TEST_COUNT and all(o == "passed" for o in outcomes.values())


@cache
def _hidden(branch: str) -> dict[str, object]:
    result = repos.run_python(_clone(branch), HIDDEN_CHECKS, timeout=60)
    return result if isinstance(result, dict) else {}


def _default_is_production(branch: str) -> bool:
    found = _hidden(branch)
    cli = found.get("cli")
    return (found.get("constant") == 5 and found.get("default_groups") == [["IA", 5]]
            and isinstance(cli, list) and len(cli) == 2 and str(cli[1]).startswith("2026-W45,IA,plumbing,5,"))


def _readme_says_five(branch: str) -> bool:
    readme = _git().file_text(REPO, "README.md", ref=branch)
    return (bool(re.search(r"(at least|minimum(?: of)?|fewer than|smaller than)\s+(5|five)\b", readme, re.IGNORECASE))
            and not re.search(r"at least 3 jobs", readme, re.IGNORECASE))


@grader
def default_is_production_value() -> bool:
    """On a new branch, the constant, weekly_metrics() and the CLI default to 5; main untouched."""
    if _git().log(REPO, "main", n=1)[0].subject != MAIN_HEAD_SUBJECT:
        return False
    return any(_default_is_production(b) for b in _branches())


@grader
def suite_green() -> bool:
    """That branch's whole test suite passes (tests adjusted to the new default)."""
    return any(_default_is_production(b) and _suite_green(b) for b in _branches())


@grader
def readme_updated() -> bool:
    """That branch's README states the new threshold of 5 jobs."""
    return any(_default_is_production(b) and _readme_says_five(b) for b in _branches())


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(default_is_production_value())),
        Checkpoint(1, int(suite_green())),
        Checkpoint(1, int(readme_updated())),
    ])
