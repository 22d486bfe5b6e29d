"""One run, as named phases: services, container, init, examinee, stop, check services, grade, finish.

``run_task`` never leaves a container behind (normal end, agent crash, timeout, Ctrl-C, SIGTERM), writes a
provisional ``run.json`` before anything starts and the complete one at the end (further Ctrl-C/SIGTERM
during the final writes are deferred, never lost), and keeps secrets out of every file it writes. The
examinee's container is never used for grading (see ``grading_room``). Progress reporting stays outside:
pass ``RunHooks``.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from grading.atif import Trajectory
from grading.endpoints import PORTS
from grading.formats import EvalOutput

from .. import __version__
from ..agents.base import Agent, AgentContext, AgentOutcome, ServiceAccess
from ..cleanup import owner_label
from ..clock import clock_shift
from ..colleagues.runner import ColleagueGroup
from ..errors import HarnessError, InfraError, InputError
from ..sandbox import DockerSandbox, SandboxError
from ..services.instances import Instance, check_unchanged
from ..services.lease import StackLease
from ..services.stack import Stack
from ..settings import LABEL_KIND, LABEL_OWNER, LABEL_RUN
from .agent_phase import run_agent
from .colleagues_phase import start_colleagues
from .grading_room import GradingRequest, grade_in_clean_room
from .llm_relay import llm_env
from .record import AgentInfo, RunRecord, RunStatus
from .recorder import TrajectoryRecorder
from .run_folder import RunFolder
from .service_watch import ServiceWatch, stall_limit
from .signals import DeferredSignals
from .task_ref import ResolvedTask
from .trajectory_merge import merge_external

INSTRUCTION_PROMPT = "Complete the task in /instruction/task.md"


@dataclass
class EnvLLM:
    """The environment LLM (graders' judge, simulated colleagues), passed to init and eval only."""

    model: str | None = None
    api_key: str | None = None
    base_url: str | None = None
    judge_samples: int = field(default_factory=lambda: judge_samples_setting())  # votes per judged checkpoint

    def env(self) -> dict[str, str]:
        values = {"LITELLM_MODEL": self.model, "LITELLM_API_KEY": self.api_key, "LITELLM_BASE_URL": self.base_url,
                  "WORKFLOOR_JUDGE_SAMPLES": str(self.judge_samples) if self.judge_samples > 1 else None}
        return {k: v for k, v in values.items() if v}


def judge_samples_setting() -> int:
    """``WORKFLOOR_JUDGE_SAMPLES`` of the harness's environment (default 1); InputError when not 1..15."""
    import os

    raw = os.environ.get("WORKFLOOR_JUDGE_SAMPLES", "1").strip() or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= 15:
        raise InputError(f"WORKFLOOR_JUDGE_SAMPLES={raw!r}: must be a whole number from 1 to 15")
    return int(raw)


@dataclass
class RunOptions:
    output_root: Path
    key: str
    env_llm: EnvLLM = field(default_factory=EnvLLM)
    stack: Stack = field(default_factory=Stack)  # the company the run uses (default: the host-network stack)
    agent_timeout: int | None = None
    command_timeout: int | None = None
    init_timeout: int | None = None
    eval_timeout: int | None = None
    mem_limit: str = "4g"
    services: ServiceAccess | None = None


@dataclass
class RunHooks:
    """Progress callbacks (all optional)."""

    on_phase: Callable[[str], None] = lambda name: None
    on_container: Callable[[str], None] = lambda name: None


class _Phases:
    def __init__(self, hooks: RunHooks):
        self.times: dict[str, float] = {}
        self.hooks = hooks

    def timed(self, name: str) -> _PhaseTimer:
        self.hooks.on_phase(name)
        return _PhaseTimer(self.times, name)


class _PhaseTimer:
    def __init__(self, times: dict[str, float], name: str):
        self.times, self.name = times, name

    def __enter__(self) -> None:
        self.started = time.monotonic()

    def __exit__(self, *exc: object) -> None:
        self.times[self.name] = round(time.monotonic() - self.started, 3)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_run_id(task: str, agent: str) -> str:
    return f"{time.strftime('%Y%m%d-%H%M%S')}-{task}-{agent}-{secrets.token_hex(3)}"


def default_service_access(stack: Stack, services: list[str]) -> ServiceAccess:
    """The examinee's way into ``stack`` from the host: base URLs and its own login."""
    from ..company_people import examinee_login

    username, password = examinee_login()
    urls = {s: stack.url(s) for s in services if s in PORTS}
    if "chat" in services:
        urls["chat-web"] = stack.url("chat-web")
    return ServiceAccess(urls=urls, username=username, password=password, server_hostname=stack.host)


class _Run:
    """The state of one run while its phases execute."""

    def __init__(self, task: ResolvedTask, agent: Agent, options: RunOptions, hooks: RunHooks):
        self.task, self.agent, self.options = task, agent, options
        self.info = task.info
        self.clock_shift = clock_shift()  # InputError for a bad value, before anything starts
        self.stall_limit = stall_limit()  # likewise
        self.run_id = new_run_id(self.info.name, agent.name)
        self.folder = RunFolder(options.output_root / self.run_id, secrets=self._secrets())
        self.phases = _Phases(hooks)
        self.hooks = hooks
        self.started_at = _now()
        self.status: RunStatus = RunStatus.completed
        self.error: str | None = None
        self.outcome = AgentOutcome()
        self.evaluation: EvalOutput | None = None
        self.recorder = TrajectoryRecorder(
            session_id=self.run_id, agent_name=agent.name, agent_version=agent.version, model_name=agent.model_name,
            extra={"task": self.info.name, "task_version": self.info.version, "run_id": self.run_id,
                   "harness_version": __version__},
        )
        self.sandbox: DockerSandbox | None = None
        self.colleagues: ColleagueGroup | None = None
        self.lease: StackLease | None = None
        self.instances: dict[str, Instance] = {}
        self.watch: ServiceWatch | None = None
        self.labels = {LABEL_KIND: "run", LABEL_RUN: self.run_id, LABEL_OWNER: owner_label()}

    def _secrets(self) -> list[str]:
        """What must never reach a file of the run: the key, the LLM key, the administrator's password."""
        from ..services.credentials import grading_credentials_env

        admin = grading_credentials_env().get("WORKFLOOR_ADMIN_PASSWORD", "")
        values = [self.options.key, self.options.env_llm.api_key or "", admin]
        return [v for v in values if len(v) >= 8]

    # ------------------------------------------------------------------ phases
    def take_stack(self) -> None:
        """Hold the stack for the whole run (StackBusy when another run has it)."""
        if self.info.services:
            self.lease = StackLease(self.options.stack.lease_id, f"run {self.run_id}").acquire()

    def open_folder(self) -> None:
        """The run folder with a provisional run.json (it says "interrupted" until the run ends)."""
        self.folder.create()
        self.folder.write("run.json", self.record(finished=False).model_dump_json(indent=2))

    def services(self) -> None:
        """Reset the services unless the stack is fresh; record each one's instance (all must be healthy)."""
        from ..services.instances import snapshot
        from ..services.ops import reset_and_wait

        stack = self.options.stack
        if not self.info.services:
            return
        with self.phases.timed("services"):
            timeout = float(self.options.init_timeout or self.info.timeouts.init)
            if not stack.fresh:  # one control-API call when warm: the snapshot names what is missing or unhealthy
                reset_and_wait(stack.ops_url, self.info.services, timeout, stack.ops_token())
            self.instances = dict(snapshot(stack.ops_url, self.info.services))

    def start_container(self) -> DockerSandbox:
        with self.phases.timed("container_start"):
            self.sandbox = DockerSandbox.start(
                self.task.image, name=f"workfloor-run-{self.run_id[-6:]}-{self.info.name}"[:63], labels=self.labels,
                mem_limit=self.options.mem_limit, network_mode=self.options.stack.container_network,
            )
            self.hooks.on_container(self.sandbox.name)
        return self.sandbox

    def init(self, sandbox: DockerSandbox) -> None:
        with self.phases.timed("init"):
            timeout = self.options.init_timeout or self.info.timeouts.init
            with llm_env(self.options.env_llm.env(), self.options.stack.container_network) as llm:
                env = {"SERVER_HOSTNAME": self.options.stack.container_hostname, "WORKFLOOR_SERVICES_READY": "1",
                       **llm, **self.grading_credentials()}
                result = sandbox.exec(["bash", "/utils/init.sh"], timeout=timeout, env=env)
            self.folder.write("init.log", result.combined())
            if result.timed_out:
                raise InfraError(f"init.sh did not finish within {timeout}s (see init.log)")
            if result.returncode != 0:
                last = (result.stderr.strip() or result.stdout.strip()).splitlines()[-1:] or ["no output"]
                raise InfraError(f"init.sh failed with exit code {result.returncode}: {last[0]}")
            if self.info.colleagues:
                self.colleagues = start_colleagues(sandbox, self.options.key, self.options.env_llm, self.recorder,
                                                   self.folder.path, self.options.stack.url("chat"))

    def examinee(self, sandbox: DockerSandbox) -> None:
        instruction = f"{INSTRUCTION_PROMPT}\n\n{sandbox.read_file('/instruction/task.md').decode()}"
        self.recorder.user(instruction)
        ctx = AgentContext(
            sandbox=sandbox, instruction=instruction, task=self.info, recorder=self.recorder,
            deadline=time.monotonic() + (self.options.agent_timeout or self.info.timeouts.agent),
            command_timeout=self.options.command_timeout or self.info.timeouts.command,
            output_dir=self.folder.path, services=self.options.services
            or default_service_access(self.options.stack, self.info.services),
            task_dir=self.task.task_dir,
        )
        if self.instances:
            self.watch = ServiceWatch.of_stack(self.options.stack.ops_url, sorted(self.instances), self.stall_limit)
            self.watch.start()
        try:
            with self.phases.timed("agent"):
                self.status, self.error, self.outcome = run_agent(self.agent, ctx)
        finally:
            if self.watch is not None:
                self.watch.stop()

    def stop_examinee(self, sandbox: DockerSandbox) -> Trajectory:
        sandbox.kill_processes()
        if self.colleagues is not None:
            self.colleagues.stop()
        trajectory = _final_trajectory(self.agent, self.recorder)
        self.folder.write("trajectory.json", trajectory.model_dump_json(indent=2, exclude_none=True))
        return trajectory

    def check_services(self) -> None:
        """InfraError when a service was killed, reset, restarted or stalled during the examinee's turn."""
        if self.instances:
            check_unchanged(self.options.stack.ops_url, self.instances)
        if self.watch is not None:
            slow = {s: t for s, t in self.watch.longest.items() if t > 0}
            if slow:
                self.recorder.notes.append("services unanswered for up to: " + ", ".join(
                    f"{s} {t:.0f}s" for s, t in sorted(slow.items())))
            self.watch.check()

    def grade(self, sandbox: DockerSandbox, trajectory: Trajectory) -> None:
        network = self.options.stack.container_network
        with self.phases.timed("eval"), llm_env(self.options.env_llm.env(), network) as llm:
            request = GradingRequest(
                task=self.task, examinee=sandbox, trajectory=trajectory,
                secrets_env={"DECRYPTION_KEY": self.options.key, **llm, **self.grading_credentials()},
                server_hostname=self.options.stack.container_hostname, network_mode=network,
                labels=self.labels, timeout=self.options.eval_timeout or self.info.timeouts.eval,
            )
            try:
                self.evaluation = grade_in_clean_room(request, self.folder.write)
            finally:
                self.recorder.notes.extend(request.notes)

    def limits(self) -> dict[str, int]:
        """The timeouts in force (the task's unless overridden); a leaderboard checks them."""
        o, t = self.options, self.info.timeouts
        return {"agent": o.agent_timeout or t.agent, "command": o.command_timeout or t.command,
                "init": o.init_timeout or t.init, "eval": o.eval_timeout or t.eval}

    def grading_credentials(self) -> dict[str, str]:
        """The administrator's and examinee's logins for init hooks and graders (never the examinee)."""
        from ..services.credentials import grading_credentials_env

        return grading_credentials_env()

    # ------------------------------------------------------------------ end
    def finish(self) -> RunRecord:
        if self.colleagues is not None:
            self.colleagues.stop()
        if self.sandbox is not None:
            with self.phases.timed("cleanup"):
                try:
                    self.sandbox.remove()
                except SandboxError as exc:
                    self.status, self.error = RunStatus.infra_error, str(exc)
        if self.lease is not None:
            self.lease.release()
        if not self.folder.created:
            return self.record(finished=True)
        if not self.folder.exists("trajectory.json"):
            if self.recorder.step_count == 0:  # ended before the examinee started: say why
                self.recorder.system(f"The run ended before the examinee started: {self.status.value}"
                                     + (f" ({self.error})" if self.error else ""))
            trajectory = _final_trajectory(self.agent, self.recorder)
            self.folder.write("trajectory.json", trajectory.model_dump_json(indent=2, exclude_none=True))
        record = self.record(finished=True)
        self.folder.redact_all()
        self.folder.write("run.json", record.model_dump_json(indent=2))
        return record

    def record(self, *, finished: bool) -> RunRecord:
        evaluation = self.evaluation
        status, error = (self.status, self.error) if finished else (
            RunStatus.interrupted, "the harness stopped before the run finished")
        return RunRecord(
            run_id=self.run_id, task=self.info.name, task_version=self.info.version, image=self.task.image,
            image_id=self.task.image_id, harness_version=__version__,
            agent=AgentInfo(name=self.agent.name, version=self.agent.version, model=self.agent.model_name,
                            client=getattr(self.agent, "client_info", None)),
            env_llm_model=self.options.env_llm.model, status=status, error=error, started_at=self.started_at,
            stack=f"{self.options.stack.kind}:{self.options.stack.stack_id}" if self.info.services else None,
            clock_shift=self.clock_shift,
            limits=self.limits(),
            finished_at=_now(), phases=self.phases.times, prompt_tokens=self.recorder.prompt_tokens,
            completion_tokens=self.recorder.completion_tokens, cost_usd=round(self.recorder.cost_usd, 6),
            answer=self.outcome.answer,
            checkpoints=evaluation.checkpoints if evaluation else None,
            final_score=evaluation.final_score if evaluation else None,
            score=evaluation.score if evaluation else None,
            files=[*self.folder.names(), "run.json"] if finished else ["run.json"],
        )


def run_task(task: ResolvedTask, agent: Agent, options: RunOptions, hooks: RunHooks | None = None) -> RunRecord:
    """Run ``agent`` on ``task`` end to end; return the record (also written to the run folder).

    A stack held by another run is refused (``StackBusy``) before anything is written.
    """
    run = _Run(task, agent, options, hooks or RunHooks())
    run.take_stack()
    signals = DeferredSignals()
    failure: HarnessError | None = None
    with signals.installed():
        try:
            run.open_folder()
            run.services()
            sandbox = run.start_container()
            run.init(sandbox)
            run.examinee(sandbox)
            trajectory = run.stop_examinee(sandbox)
            run.check_services()
            run.grade(sandbox, trajectory)
        except KeyboardInterrupt:
            signals.defer()
            run.status, run.error = RunStatus.interrupted, "interrupted (Ctrl-C or SIGTERM)"
            run.recorder.notes.append("run interrupted")
        except (InfraError, SandboxError) as exc:
            signals.defer()
            run.status, run.error = RunStatus.infra_error, str(exc)
        except HarnessError as exc:
            signals.defer()
            run.status, run.error = RunStatus.infra_error, str(exc)
            failure = exc
        except Exception as exc:  # a fault of ours (e.g. Docker lost a container): never the examinee's
            signals.defer()
            run.status, run.error = RunStatus.infra_error, f"unexpected {type(exc).__name__}: {exc}"
        finally:
            signals.defer()
            record = run.finish()
    if failure is not None:
        raise failure
    return record


def _final_trajectory(agent: Agent, recorder: TrajectoryRecorder) -> Trajectory:
    external = getattr(agent, "external_trajectory", None)
    if isinstance(external, Trajectory):
        return merge_external(external, recorder.trajectory(), recorder.session_id)
    return recorder.trajectory()
