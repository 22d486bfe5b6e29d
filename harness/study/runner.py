"""The study's queue: N workers take pending slots, run them through a backend, retry infra errors.

A backend is a function ``(spec, on_start, cancel) -> Outcome`` (``local_backend`` here; Ray in
``ray_backend``). Each worker runs one slot at a time: an ``infra_error`` that may help to repeat is run
again up to ``retries`` times, after ``backoff_s * 2**(attempt-1)`` seconds; any other status is final.
Every final outcome becomes a row in ``Results`` at once (so a killed study loses no finished run).
Ctrl-C/SIGTERM (KeyboardInterrupt in the main thread) stops the running runs (``interrupted``, not
recorded, so they run again on resume), waits for the workers, and re-raises.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..run.lifecycle import EnvLLM
from ..run.record import RunRecord, RunStatus
from ..services.stack import Stack
from ..task.meta import TaskMeta
from .execute import Outcome, RunSpec, execute
from .folder import Results
from .models import ResultRow, StudyConfig
from .plan import Slot
from .rows import make_row

Backend = Callable[[RunSpec, Callable[[], None], threading.Event], Outcome]
BACKOFF_S = 2.0
BACKOFF_MAX_S = 60.0
STACK_THREAD_WAIT_S = 200.0


class Progress(Protocol):
    def begin(self, total: int, done: int) -> None: ...

    def started(self, slot: Slot, attempt: int) -> None: ...

    def retrying(self, slot: Slot, record: RunRecord, attempt: int, delay: float) -> None: ...

    def finished(self, slot: Slot, row: ResultRow, record: RunRecord) -> None: ...

    def end(self) -> None: ...


@dataclass
class RunSettings:
    """What every run of the study shares (besides its slot)."""

    tasks_root: Path
    key: str
    env_llm: EnvLLM = field(default_factory=EnvLLM)
    api_keys: dict[str, str | None] = field(default_factory=dict)  # examinee label -> its API key

    def spec(self, slot: Slot, attempt: int, config: StudyConfig) -> RunSpec:
        return RunSpec(task=slot.task, tasks_root=str(self.tasks_root), examinee=slot.examinee, trial=slot.trial,
                       attempt=attempt, key=self.key, env_llm=self.env_llm,
                       api_key=self.api_keys.get(slot.examinee.label),
                       init_timeout=config.init_timeout, eval_timeout=config.eval_timeout,
                       run_timeout=config.run_timeout)


class PoolStacks:
    """Stacks from a warm ``StackPool`` (started on first need) or, with ``shared``, always that stack."""

    def __init__(self, size: int, services: list[str], shared: Stack | None = None):
        from ..services.pool import StackPool

        self.shared = shared
        self.pool = StackPool(size, services) if services and shared is None else None
        self._one = threading.Lock()
        self.seen: set[str] = set()

    def acquire(self, services: list[str]) -> Stack:
        if self.shared is not None:
            self._one.acquire()  # the default stack takes one run at a time
            return self.shared
        assert self.pool is not None, "no stack pool: the study has no service-using task"
        stack = self.pool.acquire()
        self.seen.add(stack.stack_id)
        return stack

    def release(self, stack: Stack) -> None:
        if self.shared is not None:
            self._one.release()
        elif self.pool is not None:
            self.pool.release(stack)  # type: ignore[arg-type]

    def close(self) -> None:
        """Remove every stack, also those a background recycle was still recreating."""
        if self.pool is None:
            return
        from ..services.isolated import IsolatedStack

        self.pool.close()
        for thread in threading.enumerate():
            if thread.name == "stack-pool":  # the pool's starts and recycles: they end by removing their stack
                thread.join(timeout=STACK_THREAD_WAIT_S)
        for stack_id in sorted(self.seen):
            IsolatedStack(stack_id).down()


def local_backend(stacks: PoolStacks, runs_dir: Path) -> Backend:
    def run(spec: RunSpec, on_start: Callable[[], None], cancel: threading.Event) -> Outcome:
        return execute(spec, stacks, runs_dir, on_start, cancel)

    return run


class StudyRunner:
    def __init__(self, config: StudyConfig, settings: RunSettings, metas: dict[str, TaskMeta], results: Results,
                 backend: Backend, progress: Progress, backoff_s: float = BACKOFF_S):
        self.config, self.settings, self.metas, self.results = config, settings, metas, results
        self.backend, self.progress, self.backoff_s = backend, progress, backoff_s
        self.cancel = threading.Event()

    def run(self, pending: list[Slot], done: int) -> None:
        self.progress.begin(len(pending) + done, done)
        executor = ThreadPoolExecutor(max_workers=max(1, self.config.parallel), thread_name_prefix="study")
        futures: set[Future[None]] = {executor.submit(self._one, slot) for slot in pending}
        try:
            while futures:
                finished, futures = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in finished:
                    future.result()  # a bug in a worker surfaces here
        except BaseException:
            self.cancel.set()
            executor.shutdown(wait=True, cancel_futures=True)
            raise
        finally:
            executor.shutdown(wait=True)
            self.progress.end()

    def _one(self, slot: Slot) -> None:
        attempt = 1
        while not self.cancel.is_set():
            spec = self.settings.spec(slot, attempt, self.config)
            outcome = self.backend(spec, functools.partial(self.progress.started, slot, attempt), self.cancel)
            record = outcome.record
            if record.status is RunStatus.interrupted and self.cancel.is_set():
                return  # stopped by the person running the study: run again on resume
            if (record.status is RunStatus.infra_error and outcome.retryable and attempt <= self.config.retries
                    and not self.cancel.is_set()):
                delay = min(BACKOFF_MAX_S, self.backoff_s * 2 ** (attempt - 1))
                self.progress.retrying(slot, record, attempt, delay)
                if self.cancel.wait(delay):
                    return
                attempt += 1
                continue
            row = make_row(record, self.metas[slot.task], slot, attempt=attempt, wall_s=outcome.wall_s,
                           steps=outcome.steps)
            self.results.put(row)
            self.progress.finished(slot, row, record)
            return
