"""The Ray backend: each run is a Ray task on some node of a cluster, on that node's Docker and stacks.

Every node gets one ``NodeStacks`` actor (pinned to it) holding a warm ``StackPool`` for the study's
service-using runs. A run is a Ray task (1 CPU) that takes a stack from its own node's actor, runs the
same ``execute`` as the local backend (same watchdog and limits) into a temporary folder, and returns the
run folder as a tar; the driver unpacks it into ``runs/`` of the study folder. A task whose worker or
node dies comes back as an ``infra_error`` run (retried like one). Nodes need this checkout at the same
path with its images built (``scripts/setup.sh``); see the README.
"""

from __future__ import annotations

import io
import os
import tarfile
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InfraError, InputError
from ..run.record import RunRecord, RunStatus
from ..services.stack import Stack
from .execute import Outcome, RunSpec, execute, record_failure

ACTOR_PREFIX = "workfloor-stacks"
PASSED_ENV = ("WORKFLOOR_IMAGE_PREFIX", "WORKFLOOR_ROOT", "WORKFLOOR_LOCK_DIR", "DOCKER_HOST",
              "LITELLM_LOCAL_MODEL_COST_MAP")


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise InputError("the ray backend needs Ray: pip install 'workfloor[ray]'") from None
    return ray


class NodeStacks:
    """One node's stack pool (a Ray actor); stacks travel as ids."""

    def __init__(self, size: int, services: list[str]):
        from .runner import PoolStacks

        self.services = services
        self.stacks = PoolStacks(size, services) if services else None
        self.lent: dict[str, Stack] = {}

    def acquire(self) -> str:
        if self.stacks is None:
            raise InfraError("this study has no service-using task")
        stack = self.stacks.acquire(self.services)
        self.lent[stack.stack_id] = stack
        return stack.stack_id

    def release(self, stack_id: str) -> None:
        stack = self.lent.pop(stack_id, None)
        if stack is not None and self.stacks is not None:
            self.stacks.release(stack)

    def close(self) -> None:
        if self.stacks is not None:
            self.stacks.close()


class _ActorStacks:
    """``Stacks`` for ``execute`` inside a Ray task: its node's ``NodeStacks`` actor."""

    def __init__(self, actor: Any):
        self.actor = actor

    def acquire(self, services: list[str]) -> Stack:
        from ..services.isolated import IsolatedStack

        ray = _ray()
        stack = IsolatedStack(ray.get(self.actor.acquire.remote()))
        stack.fresh = True  # handed out just started or recycled
        return stack

    def release(self, stack: Stack) -> None:
        self.actor.release.remote(stack.stack_id)


def run_on_node(spec: RunSpec, study_tag: str) -> tuple[str, float, int, bool, bool, bytes]:
    """The body of a run's Ray task: (record JSON, wall s, steps, killed, retryable, run folder as tar)."""
    ray = _ray()
    node = ray.get_runtime_context().get_node_id()
    actor = ray.get_actor(f"{ACTOR_PREFIX}-{study_tag}-{node}")
    with tempfile.TemporaryDirectory(prefix="workfloor-ray-") as tmp:
        outcome = execute(spec, _ActorStacks(actor), Path(tmp))
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
            tar.add(Path(tmp) / outcome.record.run_id, arcname=outcome.record.run_id)
    return (outcome.record.model_dump_json(), outcome.wall_s, outcome.steps, outcome.killed, outcome.retryable,
            buffer.getvalue())


class RayBackend:
    def __init__(self, address: str | None, parallel: int, runs_dir: Path, services: list[str]):
        ray = self.ray = _ray()
        self.runs_dir = runs_dir
        self.started_here = not ray.is_initialized()
        env = {name: os.environ[name] for name in PASSED_ENV if name in os.environ}
        if self.started_here:
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                      "runtime_env": {"env_vars": env}}
            if address:
                kwargs["address"] = address
            else:
                kwargs["num_cpus"] = parallel
            try:
                ray.init(**kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise InfraError(f"cannot reach the Ray cluster {address or '(local)'}: "
                                 f"{str(exc).splitlines()[0]}") from None
        self.tag = os.urandom(4).hex()
        actor_class = ray.remote(num_cpus=0, max_concurrency=64)(NodeStacks)
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        self.actors = []
        for node in ray.nodes():
            if not node.get("Alive"):
                continue
            slots = max(1, min(parallel, int(node.get("Resources", {}).get("CPU", 1))))
            self.actors.append(actor_class.options(
                name=f"{ACTOR_PREFIX}-{self.tag}-{node['NodeID']}",
                scheduling_strategy=NodeAffinitySchedulingStrategy(node["NodeID"], soft=False),
            ).remote(slots, services))
        self.task = ray.remote(num_cpus=1, max_retries=0)(run_on_node)

    def run(self, spec: RunSpec, on_start: Callable[[], None], cancel: threading.Event) -> Outcome:
        ray = self.ray
        ref = self.task.remote(spec, self.tag)
        on_start()
        while not ray.wait([ref], timeout=0.5)[0]:
            if cancel.is_set():
                ray.cancel(ref)
                break
        try:
            record_json, wall, steps, killed, retryable, archive = ray.get(ref)
        except Exception as exc:  # the worker or its node died, or the task was cancelled
            if cancel.is_set():
                return Outcome(_interrupted(spec), 0.0, 0)
            reason = f"the Ray task failed: {type(exc).__name__}: {str(exc).strip().splitlines()[-1:] or ['']}"
            return Outcome(record_failure(spec, None, self.runs_dir, InfraError(reason)), 0.0, 0)
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as tar:
            tar.extractall(self.runs_dir, filter="data")
        return Outcome(RunRecord.model_validate_json(record_json), wall, steps, killed, retryable)

    def close(self) -> None:
        ray = self.ray
        try:
            ray.get([actor.close.remote() for actor in self.actors], timeout=300)
        except Exception:  # an actor whose node is gone: its stacks went with it
            pass
        for actor in self.actors:
            ray.kill(actor)
        if self.started_here:
            ray.shutdown()


def _interrupted(spec: RunSpec) -> RunRecord:
    from .. import __version__
    from ..run.lifecycle import _now, new_run_id
    from ..run.record import AgentInfo

    return RunRecord(run_id=new_run_id(spec.task, spec.examinee.agent), task=spec.task, task_version="", image="",
                     image_id="", harness_version=__version__,
                     agent=AgentInfo(name=spec.examinee.agent, version="", model=spec.examinee.model),
                     env_llm_model=spec.env_llm.model, status=RunStatus.interrupted, error="the study was stopped",
                     started_at=_now(), finished_at=_now())
