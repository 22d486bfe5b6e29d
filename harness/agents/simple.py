"""The two calibration agents: ``null`` (does nothing) and ``oracle`` (runs the reference solution).

Both are ordinary agents: their runs go through the same lifecycle and grading as any examinee.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..task.paths import TaskPaths
from .base import Agent, AgentContext, AgentError, AgentOutcome

SOLUTION_DIR = "/tmp/workfloor-solution"


class NullAgent(Agent):
    """Does nothing; proves a task is not free."""

    name = "null"
    version = "1"

    def run(self, ctx: AgentContext) -> AgentOutcome:
        ctx.recorder.agent_step("I will not do anything.")
        return AgentOutcome(answer=None)


class OracleAgent(Agent):
    """Copies the task's solution/ into the container for this run only and executes one of its solutions
    (``solution``: a file name in solution/, default the full one, solve.sh or solve.py)."""

    name = "oracle"
    version = "1"

    def __init__(self, solution: str | None = None):
        self.solution = solution

    def run(self, ctx: AgentContext) -> AgentOutcome:
        from ..run.recorder import ToolResult, cap_text

        if ctx.task_dir is None:
            raise InputError(f"the oracle needs the task's source folder ({ctx.task.name} under ./tasks or the "
                             "built-in tasks/)")
        paths = TaskPaths(ctx.task_dir)
        entry = self._entry(paths)
        ctx.sandbox.copy_dir_in(paths.solution_dir, SOLUTION_DIR)
        interpreter = "bash" if entry.suffix == ".sh" else "python3"
        command = [interpreter, f"{SOLUTION_DIR}/{entry.name}"]
        env = {
            "SERVER_HOSTNAME": ctx.services.server_hostname,
            "WORKFLOOR_USERNAME": ctx.services.username,
            "WORKFLOOR_PASSWORD": ctx.services.password,
        }
        result = ctx.sandbox.exec(command, timeout=max(1.0, ctx.remaining()), env=env, workdir="/workspace")
        try:
            ctx.sandbox.exec(["rm", "-rf", SOLUTION_DIR], timeout=30)
        finally:
            output, original = cap_text(result.combined(), 20_000)
            ctx.recorder.agent_step(
                f"Running the solution {entry.name}.",
                [ToolResult("bash", {"command": " ".join(command)}, output, original_chars=original,
                            extra={"exit_code": result.returncode})],
            )
        if not result.ok:
            raise AgentError(f"solution {entry.name} exited with {result.returncode}: {result.stderr.strip()[-300:]}")
        return AgentOutcome(answer=None)

    def _entry(self, paths: TaskPaths) -> Path:
        from ..task.solutions import find_solutions

        if self.solution is None:
            if paths.solution_entry is None:
                raise InputError(f"{paths.solution_dir}: no solve.sh or solve.py")
            return paths.solution_entry
        found = {s.name: s.path for s in find_solutions(paths.solution_dir)}
        if self.solution not in found:
            known = ", ".join(found) or "none"
            raise InputError(f"--solution {self.solution}: no such solution in {paths.solution_dir} (known: {known})")
        return found[self.solution]
