"""One run of a study, as an ordinary ``run_task`` on a stack the caller provides, with a watchdog.

``execute(spec, stacks)`` always returns an ``Outcome`` whose record is also on disk in
``<output_root>/<run-id>/``: a run that raised (a harness failure before or after its folder) gets a
record of its own with status ``infra_error`` (``record_failure``). A run still going past its
``deadline`` is killed: every container of the run is removed, so the lifecycle's Docker calls fail and
it ends as ``infra_error`` (retried like one). Used by both backends (threads here, Ray tasks there).
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .. import __version__
from ..errors import HarnessError, InputError
from ..run.lifecycle import EnvLLM, RunHooks, RunOptions, new_run_id, run_task
from ..run.record import AgentInfo, RunRecord, RunStatus
from ..run.run_folder import RunFolder
from ..run.task_ref import ResolvedTask, resolve_task
from ..services.stack import Stack
from .models import ExamineeConfig

RUN_OVERHEAD_S = 600  # services, container, stop and cleanup on top of the task's init + agent + eval limits
KILL_POLL_S = 2.0


class Stacks(Protocol):
    """Where runs get their company."""

    def acquire(self, services: list[str]) -> Stack: ...

    def release(self, stack: Stack) -> None: ...


@dataclass(frozen=True)
class RunSpec:
    """Everything one run needs (picklable: Ray ships it to a node)."""

    task: str
    tasks_root: str
    examinee: ExamineeConfig
    trial: int
    attempt: int
    key: str
    env_llm: EnvLLM = field(default_factory=EnvLLM)
    api_key: str | None = None  # the examinee's, read from its api_key_env on the driver
    init_timeout: int | None = None
    eval_timeout: int | None = None
    run_timeout: int | None = None


@dataclass
class Outcome:
    record: RunRecord
    wall_s: float
    steps: int
    killed: bool = False
    retryable: bool = True  # False when running it again cannot help (bad input)


def make_agent_for(examinee: ExamineeConfig, api_key: str | None):  # type: ignore[no-untyped-def]
    from ..agents.agent_env import passed_env
    from ..agents.registry import AgentOptions, make_agent

    limits, defaults = examinee.limits, AgentOptions()
    return make_agent(examinee.agent, AgentOptions(
        agent_cmd=examinee.agent_cmd, agent_env=passed_env(examinee.agent_env, os.environ), model=examinee.model,
        api_base=examinee.api_base, api_key=api_key, agent_url=examinee.agent_url,
        max_steps=limits.max_steps or defaults.max_steps, max_tokens=limits.max_tokens or defaults.max_tokens,
        max_cost_usd=limits.max_cost or defaults.max_cost_usd, browser=examinee.browser,
        solution=examinee.solution))


def deadline_s(spec: RunSpec, task: ResolvedTask) -> float:
    """How long a run may take before it is killed."""
    if spec.run_timeout:
        return float(spec.run_timeout)
    t = task.info.timeouts
    agent = spec.examinee.limits.timeout or t.agent
    return float((spec.init_timeout or t.init) + agent + (spec.eval_timeout or t.eval) + RUN_OVERHEAD_S)


class _Watchdog:
    """Kills the run's containers once ``limit`` seconds have passed or ``cancel`` is set, until the run
    returns."""

    def __init__(self, limit: float, cancel: threading.Event | None = None):
        self.limit = limit
        self.cancel = cancel or threading.Event()
        self.run_id: str | None = None
        self.killed = False
        self.cancelled = False
        self._done = threading.Event()

    def on_container(self, name: str) -> None:
        from ..docker_env import docker_client
        from ..settings import LABEL_RUN

        try:
            self.run_id = docker_client().containers.get(name).labels.get(LABEL_RUN)
        except Exception:  # the container may already be gone; the kill then has nothing to do
            self.run_id = None

    def __enter__(self) -> _Watchdog:
        threading.Thread(target=self._watch, daemon=True, name="study-watchdog").start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()

    def _watch(self) -> None:
        end = time.monotonic() + self.limit
        while not self._done.is_set() and time.monotonic() < end:
            if self.cancel.wait(min(0.5, max(0.0, end - time.monotonic()))):
                self.cancelled = True
                break
        if self._done.is_set():
            return
        self.killed = True
        while not self._done.is_set():
            self.kill()
            self._done.wait(KILL_POLL_S)

    def kill(self) -> None:
        from ..docker_env import docker_client
        from ..settings import LABEL_RUN

        if self.run_id is None:
            return
        for container in docker_client().containers.list(all=True, filters={"label": f"{LABEL_RUN}={self.run_id}"}):
            try:
                container.remove(force=True, v=True)
            except Exception:  # already removed by the run itself
                pass


def execute(spec: RunSpec, stacks: Stacks, output_root: Path, on_start: Callable[[], None] = lambda: None,
            cancel: threading.Event | None = None) -> Outcome:
    """Run ``spec`` to the end (never raises for a run that failed; see the module docstring). Setting
    ``cancel`` stops the run (its containers are removed); it then ends ``interrupted``."""
    started = time.monotonic()
    task: ResolvedTask | None = None
    try:
        task = resolve_task(spec.task, Path(spec.tasks_root), spec.key, build_missing=True)
        agent = make_agent_for(spec.examinee, spec.api_key)
    except HarnessError as exc:
        return Outcome(record_failure(spec, task, output_root, exc), time.monotonic() - started, 0,
                       retryable=not isinstance(exc, InputError))
    options = RunOptions(output_root=output_root, key=spec.key, env_llm=spec.env_llm,
                         agent_timeout=spec.examinee.limits.timeout,
                         command_timeout=spec.examinee.limits.command_timeout,
                         init_timeout=spec.init_timeout, eval_timeout=spec.eval_timeout)
    stack: Stack | None = None
    retryable = True
    watchdog = _Watchdog(deadline_s(spec, task), cancel)
    try:
        if task.info.services:
            stack = stacks.acquire(task.info.services)
            options = dataclasses.replace(options, stack=stack)
        on_start()
        with watchdog:
            record = run_task(task, agent, options, RunHooks(on_container=watchdog.on_container))
    except HarnessError as exc:
        record = record_failure(spec, task, output_root, exc)
        retryable = not isinstance(exc, InputError)
    except Exception as exc:  # a Docker call the lifecycle did not expect to fail: this run's problem only
        record = record_failure(spec, task, output_root, HarnessError(f"{type(exc).__name__}: {exc}"))
    finally:
        if stack is not None:
            stacks.release(stack)
    if watchdog.killed and record.status is not RunStatus.completed:
        status, why = ((RunStatus.interrupted, "the study was stopped") if watchdog.cancelled else
                       (RunStatus.infra_error, f"killed by the study after {watchdog.limit:.0f}s"))
        record = record.model_copy(update={"status": status, "error": f"{why} ({record.error})"})
        _rewrite(output_root / record.run_id, record, spec)
    wall = time.monotonic() - started
    return Outcome(record, wall, count_steps(output_root / record.run_id), watchdog.killed, retryable)


def _rewrite(folder: Path, record: RunRecord, spec: RunSpec) -> None:
    if folder.is_dir():
        RunFolder(folder, [spec.key]).write("run.json", record.model_dump_json(indent=2))


def record_failure(spec: RunSpec, task: ResolvedTask | None, output_root: Path, exc: HarnessError) -> RunRecord:
    """A run folder holding just the record of a run that could not start or ended in a harness failure."""
    from ..run.lifecycle import _now

    name = task.info.name if task else spec.task
    prefix = "input error" if isinstance(exc, InputError) else "harness error"
    record = RunRecord(
        run_id=new_run_id(name, spec.examinee.agent), task=name, task_version=task.info.version if task else "",
        image=task.image if task else "", image_id=task.image_id if task else "", harness_version=__version__,
        agent=AgentInfo(name=spec.examinee.agent, version="", model=spec.examinee.model),
        env_llm_model=spec.env_llm.model, status=RunStatus.infra_error,
        error=f"{prefix}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
        started_at=_now(), finished_at=_now(), files=["run.json"],
    )
    folder = RunFolder(output_root / record.run_id, [spec.key])
    folder.create()
    folder.write("run.json", record.model_dump_json(indent=2))
    return record


def count_steps(folder: Path) -> int:
    """The examinee's steps in the run's trajectory (0 when there is none)."""
    import json

    try:
        data = json.loads((folder / "trajectory.json").read_text())
    except (OSError, ValueError):
        return 0
    return sum(1 for step in data.get("steps", []) if isinstance(step, dict) and step.get("source") == "agent")
