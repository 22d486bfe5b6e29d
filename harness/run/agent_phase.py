"""The examinee's turn: the agent runs in a worker thread under the wall-clock limit."""

from __future__ import annotations

import threading

from ..agents.base import Agent, AgentContext, AgentError, AgentOutcome
from ..errors import HarnessError, InfraError
from ..sandbox import SandboxError
from .record import RunStatus

STOP_GRACE_S = 5.0


def run_agent(agent: Agent, ctx: AgentContext) -> tuple[RunStatus, str | None, AgentOutcome]:
    """Run the agent under the wall-clock limit and stop it there: (status, error, outcome).

    The examinee's own failures are ``agent_error`` (still graded); ours (InfraError, SandboxError, any other
    HarnessError) are raised."""
    box: dict[str, object] = {}

    def work() -> None:
        try:
            box["outcome"] = agent.run(ctx)
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=work, name=f"agent-{agent.name}", daemon=True)
    worker.start()
    try:
        while worker.is_alive() and ctx.remaining() > 0:
            worker.join(min(0.2, max(0.01, ctx.remaining())))
        if worker.is_alive():
            ctx.cancelled.set()
            agent.stop()
            ctx.sandbox.kill_processes()
            worker.join(STOP_GRACE_S)
            ctx.recorder.notes.append("stopped at the wall-clock limit")
            return RunStatus.timeout, "the examinee ran out of time and was stopped", AgentOutcome()
    except KeyboardInterrupt:
        ctx.cancelled.set()
        agent.stop()
        raise
    failure = box.get("error")
    if isinstance(failure, (InfraError, SandboxError)):
        raise failure
    if isinstance(failure, HarnessError) and not isinstance(failure, AgentError):
        raise failure
    if isinstance(failure, BaseException):
        message = str(failure) if isinstance(failure, AgentError) else f"{type(failure).__name__}: {failure}"
        ctx.recorder.notes.append(f"agent error: {message}")
        return RunStatus.agent_error, message, AgentOutcome()
    outcome = box.get("outcome")
    return RunStatus.completed, None, outcome if isinstance(outcome, AgentOutcome) else AgentOutcome()
