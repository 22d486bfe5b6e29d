"""``harness verify``: prove tasks solvable (oracle = full marks) and not free (null < full marks).

Both agents go through the normal run lifecycle. With a ``StackPool`` the tasks run ``parallel`` at a
time, each run on a warm isolated stack of its own; without one, one at a time on ``options.stack``.
Progress reporting is left to the caller.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..agents.base import Agent
from ..agents.simple import NullAgent, OracleAgent
from ..services.pool import StackPool
from .lifecycle import RunHooks, RunOptions, run_task
from .record import RunRecord, RunStatus
from .task_ref import ResolvedTask, resolve_task


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


def _run_on(task: ResolvedTask, agent: Agent, options: RunOptions, pool: StackPool | None,
            hooks: RunHooks | None) -> RunRecord:
    if pool is None or not task.info.services:
        return run_task(task, agent, options, hooks)
    stack = pool.acquire()
    try:
        return run_task(task, agent, dataclasses.replace(options, stack=stack), hooks)
    finally:
        pool.release(stack)


def verify_task(task: ResolvedTask, options: RunOptions, hooks: RunHooks | None = None,
                pool: StackPool | None = None) -> Verdict:
    started = time.monotonic()
    oracle = _run_on(task, OracleAgent(), options, pool, hooks)
    null = _run_on(task, NullAgent(), options, pool, hooks)
    return Verdict(task.info.name, oracle, null, time.monotonic() - started)


def verify_all(names: list[str], tasks_root: Path, options: RunOptions,
               on_verdict: Callable[[Verdict], None] = lambda v: None, *, parallel: int = 1,
               pool: StackPool | None = None) -> list[Verdict]:
    """Verdicts in the order of ``names``; ``on_verdict`` is called as each task finishes."""
    tasks = [resolve_task(name, tasks_root, options.key) for name in names]  # every image built first

    def one(task: ResolvedTask) -> Verdict:
        verdict = verify_task(task, options, pool=pool)
        on_verdict(verdict)
        return verdict

    if parallel <= 1:
        return [one(task) for task in tasks]
    with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="verify") as executor:
        return list(executor.map(one, tasks))
