"""The verify ledger: outcomes of verify runs, keyed by the digest of everything that decides them.

A run of solution S on task T is decided by: the task's folder (instruction, evaluator, hooks, scenarios,
solutions, files), the code on the run path (harness run/services/colleagues/task/build, the oracle and
null agents, the study runner; ``utils/`` — the grading library; ``docker/`` — the images' recipes) and,
for a task that uses services, the services' recipes and the company's data (``servers/``). The key is
the sha256 of all of them. ``harness verify --ledger FILE`` reuses a recorded outcome whose key still
matches (the verdict is always recomputed against the current checkpoints.md) and records new outcomes,
so a verify of an unchanged suite runs only what changed. Outcomes with an environment LLM or a moved
clock (``WORKFLOOR_CLOCK_SHIFT``) are never recorded or reused. Caveat, stated: the Debian release's package updates in
the OS base are not part of the key.
"""

from __future__ import annotations

import fcntl
import hashlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from grading.atomic import write_atomically
from grading.formats import CheckpointScore, FinalScore

from ..errors import InputError
from .record import AgentInfo, RunRecord, RunStatus

# Code off the run path: reporting, the CLI, the other examinee kinds, and verify's own verdict logic.
OFF_RUN_PATH = ("harness/results/", "harness/envcheck/", "harness/cli.py", "harness/services/cli.py",
                "harness/study/cli.py", "harness/study/summary.py", "harness/study/progress.py",
                "harness/study/ray_backend.py", "harness/run/verify.py", "harness/run/verify_ledger.py",
                "harness/run/report.py", "harness/run/env_figures.py", "harness/run/ledger_cli.py")
ON_RUN_PATH_AGENTS = ("harness/agents/__init__.py", "harness/agents/base.py", "harness/agents/simple.py",
                      "harness/agents/registry.py")
SKIPPED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}


class LedgerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: str
    status: RunStatus
    checkpoints: list[CheckpointScore]
    final_score: FinalScore
    score: float
    run_id: str


class Ledger(BaseModel):
    """``{task: {solution label: entry}}``."""

    model_config = ConfigDict(extra="forbid")
    version: int = 1
    tasks: dict[str, dict[str, LedgerEntry]] = Field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Ledger:
        if not path.exists():
            return cls()
        try:
            return cls.model_validate_json(path.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise InputError(f"{path}: not a verify ledger ({str(exc).splitlines()[0]})") from None

    def save(self, path: Path) -> None:
        write_atomically(path, self.model_dump_json(indent=1) + "\n")

    def reusable(self, task: str, label: str, key: str) -> RunRecord | None:
        entry = self.tasks.get(task, {}).get(label)
        if entry is None or entry.key != key:
            return None
        return RunRecord(run_id=entry.run_id, task=task, task_version="", image="", image_id="", harness_version="",
                         agent=AgentInfo(name="recorded", version="1"), env_llm_model=None, status=entry.status,
                         started_at="", finished_at="", checkpoints=entry.checkpoints, final_score=entry.final_score,
                         score=entry.score)

    @classmethod
    def record_in_file(cls, path: Path, task: str, label: str, key: str, record: RunRecord) -> None:
        """Add one outcome to the ledger file: under an exclusive lock on ``path``.lock, the file is read again
        and written back with the entry, so verifies running at once on one ledger keep each other's entries."""
        with open(path.with_name(path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                ledger = cls.load(path)
                ledger.record(task, label, key, record)
                ledger.save(path)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def record(self, task: str, label: str, key: str, record: RunRecord) -> None:
        if record.status != RunStatus.completed or record.checkpoints is None or record.final_score is None \
                or record.score is None:
            return
        self.tasks.setdefault(task, {})[label] = LedgerEntry(
            key=key, status=record.status, checkpoints=record.checkpoints, final_score=record.final_score,
            score=record.score, run_id=record.run_id)


def _files(root: Path, relative: str) -> list[Path]:
    base = root / relative
    if base.is_file():
        return [base]
    return sorted(p for p in base.rglob("*") if p.is_file() and not SKIPPED_PARTS & set(p.parts)
                  and not p.name.endswith(".pyc"))


def _on_run_path(root: Path, path: Path) -> bool:
    name = path.relative_to(root).as_posix()
    if name.startswith("harness/agents/"):
        return name in ON_RUN_PATH_AGENTS
    return not name.startswith(OFF_RUN_PATH)


def run_path_files(repo: Path, services: list[str]) -> list[Path]:
    """The shared files that decide a run of a task using ``services``."""
    files = [p for p in _files(repo, "harness") if p.suffix == ".py" and _on_run_path(repo, p)]
    files += _files(repo, "utils") + _files(repo, "docker") + _files(repo, "pyproject.toml")
    if services:
        for part in ("company", "ops", *services):
            files += _files(repo, f"servers/{part}")
    return files


def _digest(files: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def task_key(repo: Path, task_dir: Path, services: list[str]) -> str:
    """The key of every run of the task (solutions are part of the task folder)."""
    shared = _digest(run_path_files(repo, sorted(services)), repo)
    own = _digest(_files(task_dir, "."), task_dir)
    return hashlib.sha256(f"{shared}:{own}".encode()).hexdigest()


class TaskCoverage(BaseModel):
    """What a ledger holds for one task, against the runs its verify plans."""

    task: str
    current: list[str]  # labels with an entry whose key matches the task's current key
    stale: list[str]  # labels with an entry recorded on other inputs
    missing: list[str]  # labels with no entry at all

    @property
    def complete(self) -> bool:
        return not self.stale and not self.missing


def coverage(ledger: Ledger, planned: dict[str, list[str]], keys: dict[str, str]) -> list[TaskCoverage]:
    """Per task of ``planned`` (``{task: labels}``), which outcomes ``ledger`` can reuse on the current
    inputs (``keys``: ``{task: task_key}``)."""
    rows = []
    for task, labels in planned.items():
        entries = ledger.tasks.get(task, {})
        rows.append(TaskCoverage(
            task=task, current=[la for la in labels if la in entries and entries[la].key == keys[task]],
            stale=[la for la in labels if la in entries and entries[la].key != keys[task]],
            missing=[la for la in labels if la not in entries]))
    return rows


def merge(ledgers: list[Ledger], keys: dict[str, str]) -> tuple[Ledger, int]:
    """One ledger of the entries of ``ledgers`` that are current (their key equals ``keys[task]``); a later
    ledger's entry wins over an earlier one's for the same task and label. Returns it and how many entries
    were left out as stale or of a task not in ``keys``."""
    merged = Ledger()
    dropped = 0
    for ledger in ledgers:
        for task, entries in ledger.tasks.items():
            for label, entry in entries.items():
                if keys.get(task) == entry.key:
                    merged.tasks.setdefault(task, {})[label] = entry
                else:
                    dropped += 1
    merged.tasks = {task: dict(sorted(merged.tasks[task].items())) for task in sorted(merged.tasks)}
    return merged, dropped
