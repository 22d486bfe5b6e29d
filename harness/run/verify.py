"""``harness verify``: prove tasks solvable (oracle = full marks) and not free (null < full marks).

Verification is a study (``harness.study``): the oracle and the null agent, one trial each, on every task,
``parallel`` runs at a time, each service-using run on a warm isolated stack of its own (or, with a
shared stack, one at a time on it), infra errors retried. Each call writes a fresh study folder under
the output folder. A task's verdict is reported as soon as both its runs have ended.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from ..services.stack import Stack
from ..study.models import ExamineeConfig, ResultRow, StudyConfig
from ..study.plan import Slot
from ..study.progress import PlainProgress
from .lifecycle import EnvLLM
from .record import RunRecord, RunStatus

EXAMINEES = [ExamineeConfig(label="oracle", agent="oracle"), ExamineeConfig(label="null", agent="null")]


@dataclass
class Verdict:
    task: str
    oracle: RunRecord
    null: RunRecord
    seconds: float

    @property
    def passed(self) -> bool:
        return (self.oracle.status == RunStatus.completed and self.oracle.score == 1.0
                and self.null.score is not None and self.null.score < 1.0)

    @property
    def problem(self) -> str:
        if self.oracle.status != RunStatus.completed:
            return f"oracle {self.oracle.status.value}: {self.oracle.error}"
        if self.oracle.score != 1.0:
            return f"oracle scored {self.oracle.score}"
        if self.null.score is None:
            return f"null {self.null.status.value}: {self.null.error}"
        if self.null.score >= 1.0:
            return "the null agent gets full marks"
        if self.null.final_score and self.null.final_score.result:
            return f"null earns {self.null.final_score.result} point(s) (justify in checkpoints.md)"
        return ""


class _VerdictProgress(PlainProgress):
    """Quiet per run (retries still shown); a verdict when both runs of a task have ended."""

    def __init__(self, console: Console, on_verdict: Callable[[Verdict], None]):
        super().__init__(console)
        self.on_verdict = on_verdict
        self.records: dict[str, dict[str, tuple[RunRecord, float]]] = {}
        self.verdicts: dict[str, Verdict] = {}
        self._lock = threading.Lock()

    def begin(self, total: int, done: int) -> None:
        self.state.total, self.state.done = total, done

    def finished(self, slot: Slot, row: ResultRow, record: RunRecord) -> None:
        with self._lock:
            mine = self.records.setdefault(slot.task, {})
            mine[slot.examinee.label] = (record, row.wall_s)
            if len(mine) < 2:
                return
            verdict = Verdict(slot.task, mine["oracle"][0], mine["null"][0], mine["oracle"][1] + mine["null"][1])
            self.verdicts[slot.task] = verdict
        self.on_verdict(verdict)


def verify_study(names: list[str], output_root: Path, tasks_root: Path, key: str, env_llm: EnvLLM, *,
                 parallel: int, console: Console, on_verdict: Callable[[Verdict], None] = lambda v: None,
                 shared_stack: Stack | None = None) -> list[Verdict]:
    """Verdicts in the order of ``names`` (tasks whose runs did not both end are left out)."""
    import hashlib
    import secrets

    from ..study.runner import RunSettings
    from ..study.session import StudyRequestRun, run_study

    config = StudyConfig(tasks=names, examinees=EXAMINEES, k=1, parallel=parallel, env_llm=env_llm.model,
                         env_llm_base_url=env_llm.base_url, key_sha256=hashlib.sha256(key.encode()).hexdigest()[:16])
    folder = output_root / f"verify-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"
    progress = _VerdictProgress(console, on_verdict)
    run_study(StudyRequestRun(path=folder, name=folder.name, config=config,
                              settings=RunSettings(tasks_root=tasks_root, key=key, env_llm=env_llm),
                              shared_stack=shared_stack), progress)
    return [progress.verdicts[n] for n in names if n in progress.verdicts]
