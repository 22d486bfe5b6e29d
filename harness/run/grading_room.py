"""Grading in a clean room: a fresh container of the pristine task image, never the examinee's.

The examinee's declared outputs are copied out of its container and mounted read-only at the same
paths in a new container started from the task image (by id, so a retagged image cannot sneak in);
the examinee's container is stopped first (a live container an author grades with ``harness task eval``
is left running: ``keep_examinee``). ``eval.py`` runs there with the key, the environment LLM and
the administrator's login in that one exec's environment; a grader that needs to run the examinee's
code does so through ``grading.isolated`` (throwaway containers without secrets, see ``JobBroker``).
What comes back is checked against the task's label before it counts (``checked_evaluation``).
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field

from grading.atif import Trajectory
from grading.endpoints import DOMAIN
from grading.formats import EvalOutput

from ..errors import InfraError
from ..sandbox import DockerSandbox
from .isolated_jobs import JobBroker
from .outputs import collect_outputs
from .score_check import checked_evaluation
from .task_ref import ResolvedTask

IN_CONTAINER_DIR = "/tmp/workfloor"
GRADER_HOME = "/tmp/grader-home"


@dataclass
class GradingRequest:
    task: ResolvedTask
    examinee: DockerSandbox
    trajectory: Trajectory
    secrets_env: dict[str, str]  # key, environment LLM, admin login: the eval exec's environment only
    server_hostname: str
    network_mode: str
    labels: dict[str, str]
    timeout: int
    notes: list[str] = field(default_factory=list)
    keep_examinee: bool = False  # True: read the outputs but neither stop nor change the examinee's container
    grader_name: str = ""  # the grading container's name (default: the examinee's name + "-grader")


WriteFn = Callable[[str, str | bytes], None]  # write(name, content) into the run folder


def grade_in_clean_room(request: GradingRequest, write: WriteFn) -> EvalOutput:
    """Collect outputs, stop the examinee, grade in a fresh container; eval.log and eval.json via ``write``."""
    info = request.task.info
    collected = collect_outputs(request.examinee, info.outputs)
    request.notes.extend(collected.notes)
    if not request.keep_examinee:
        request.examinee.stop()
    grader: DockerSandbox | None = None
    try:
        grader = DockerSandbox.start(
            request.task.image_id, name=(request.grader_name or f"{request.examinee.name}-grader")[:63],
            labels=request.labels,
            network_mode=request.network_mode,
            extra_hosts=None if request.network_mode.startswith("container:") else {
                DOMAIN: _address(request.server_hostname)},
            read_only_mounts=collected.mounts,
        )
        traj_path, result_path = f"{IN_CONTAINER_DIR}/trajectory.json", f"{IN_CONTAINER_DIR}/eval.json"
        grader.write_file(traj_path, request.trajectory.model_dump_json(exclude_none=True).encode())
        job_log: list[str] = []
        with JobBroker(grader, request.task.image_id, request.labels, job_log) as broker:
            env = {"SERVER_HOSTNAME": request.server_hostname, "HOME": GRADER_HOME, **request.secrets_env,
                   **broker.env}
            grader.exec(["mkdir", "-p", GRADER_HOME], timeout=30)
            result = grader.exec(["python_default", "/utils/eval.py", "--trajectory_path", traj_path,
                                  "--output_path", result_path], timeout=request.timeout, env=env, workdir="/")
        log = result.combined() + "".join(f"\n[harness] {line}" for line in job_log)
        write("eval.log", log)
        if result.timed_out:
            raise InfraError(f"grading did not finish within {request.timeout}s (see eval.log)")
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            raise InfraError(f"grading failed (exit {result.returncode}): {last}")
        try:
            raw = grader.read_file(result_path)
        except FileNotFoundError:
            raise InfraError("grading wrote no eval.json") from None
        evaluation = checked_evaluation(raw, info)
        write("eval.json", evaluation.model_dump_json(indent=2) + "\n")
        return evaluation
    finally:
        if grader is not None:
            grader.remove()
        collected.cleanup()


def _address(hostname: str) -> str:
    try:
        return socket.gethostbyname(hostname)
    except OSError:
        raise InfraError(f"cannot resolve the services' host name {hostname!r}") from None
