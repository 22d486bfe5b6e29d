"""``harness task eval``: grade a live task container the way a run grades, and leave it running.

The container (started by ``harness run --agent human`` or ``docker run``) is only read: its declared
outputs are copied out and graded in a clean room from the pristine image of the task's current build,
on the container's own network (so an isolated stack's services answer as they do for it), with the
run's credentials, key and environment LLM; the host checks the result against the task's rubric. The
container is neither stopped nor changed, so an author can edit the evaluator and grade again. What a
run does besides (reset, init, the services' instance check) is not done: the container is as it is.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from docker.errors import DockerException, NotFound
from pydantic import ValidationError

from grading.atif import Trajectory
from grading.formats import EvalOutput

from .. import __version__
from ..cleanup import owner_label
from ..docker_env import docker_client
from ..errors import InputError
from ..sandbox import DockerSandbox
from ..settings import LABEL_KIND, LABEL_OWNER, LABEL_RUN, LABEL_TASK
from ..task.meta import TaskImageInfo, describe_validation_error
from .grading_room import GradingRequest, grade_in_clean_room
from .lifecycle import EnvLLM
from .recorder import TrajectoryRecorder
from .run_folder import RunFolder
from .task_ref import ResolvedTask

GRADER_FAILED = re.compile(r"^grader (\S+) failed: (.*)$")


@dataclass
class LiveEval:
    """The host-checked result, where it was written, and what the author should know about it."""

    evaluation: EvalOutput
    folder: Path
    failures: list[str]  # "name: exception" of every @grader that raised (from eval.log)
    notes: list[str] = field(default_factory=list)


@dataclass
class LiveEvalOptions:
    output_root: Path
    key: str
    env_llm: EnvLLM = field(default_factory=EnvLLM)
    server_hostname: str = "localhost"  # where the services are, for a container on the host network
    trajectory: Trajectory | None = None  # what eval.py sees as the trajectory (default: none recorded)
    timeout: int | None = None  # the eval limit (default: the task's)


def eval_live_container(task: ResolvedTask, container_ref: str, options: LiveEvalOptions) -> LiveEval:
    """Grade the running container ``container_ref`` of ``task``; InputError when it is not one."""
    examinee, network_mode, notes = _examinee(task, container_ref)
    eval_id = f"{time.strftime('%Y%m%d-%H%M%S')}-{task.info.name}-eval-{secrets.token_hex(3)}"
    folder = RunFolder(options.output_root / eval_id, secrets=_secrets(options))
    folder.create()
    hostname = "localhost" if network_mode.startswith("container:") else options.server_hostname
    request = GradingRequest(
        task=task, examinee=examinee, trajectory=options.trajectory or _no_trajectory(eval_id, task.info),
        secrets_env={"DECRYPTION_KEY": options.key, **options.env_llm.env(), **_credentials()},
        server_hostname=hostname, network_mode=network_mode,
        labels={LABEL_KIND: "run", LABEL_RUN: eval_id, LABEL_OWNER: owner_label()},
        timeout=options.timeout or task.info.timeouts.eval, keep_examinee=True,
        grader_name=f"workfloor-eval-{eval_id[-6:]}-{task.info.name}",
    )
    try:
        evaluation = grade_in_clean_room(request, folder.write)
    finally:
        folder.redact_all()
    log = (folder.path / "eval.log").read_text(encoding="utf-8", errors="replace")
    failures = [f"{m[1]}: {m[2]}" for m in map(GRADER_FAILED.match, log.splitlines()) if m]
    return LiveEval(evaluation, folder.path, failures, notes + request.notes)


def _examinee(task: ResolvedTask, ref: str) -> tuple[DockerSandbox, str, list[str]]:
    """The running container, its network mode, and notes; InputError unless it runs this task."""
    try:
        container = docker_client().containers.get(ref)
        image = container.image
    except NotFound:
        raise InputError(f"no container {ref!r} (`docker ps` lists the running ones)") from None
    except DockerException as exc:
        raise InputError(f"cannot inspect container {ref!r}: {exc}") from None
    if container.status != "running":
        raise InputError(f"container {container.name} is {container.status}, not running")
    label = (image.labels or {}).get(LABEL_TASK) if image is not None else None
    if not label:
        raise InputError(f"container {container.name} was not started from a workfloor task image")
    try:
        runs = TaskImageInfo.model_validate_json(label).name
    except ValidationError as exc:
        raise InputError(f"container {container.name}: malformed task label: {describe_validation_error(exc)}") \
            from None
    if runs != task.info.name:
        raise InputError(f"container {container.name} runs task {runs!r}, not {task.info.name!r}")
    notes = []
    if image is not None and image.id != task.image_id:
        notes.append(f"{container.name} was started from an earlier build of {runs}; graded with the current "
                     f"build (its evaluator and rubric)")
    network_mode = str(container.attrs.get("HostConfig", {}).get("NetworkMode") or "default")
    if task.info.services and network_mode not in ("host",) and not network_mode.startswith("container:"):
        notes.append(f"{container.name} is on network {network_mode!r}, not on a stack's: the grader may not "
                     "reach the services")
    return DockerSandbox(container), network_mode, notes


def _no_trajectory(eval_id: str, info: TaskImageInfo) -> Trajectory:
    recorder = TrajectoryRecorder(session_id=eval_id, agent_name="live-container", agent_version=__version__,
                                  model_name=None, extra={"task": info.name, "task_version": info.version})
    recorder.system("Graded live by `harness task eval`: no trajectory was recorded.")
    return recorder.trajectory()


def _credentials() -> dict[str, str]:
    from ..services.credentials import grading_credentials_env

    return grading_credentials_env()


def _secrets(options: LiveEvalOptions) -> list[str]:
    admin = _credentials().get("WORKFLOOR_ADMIN_PASSWORD", "")
    return [v for v in (options.key, options.env_llm.api_key or "", admin) if len(v) >= 8]
