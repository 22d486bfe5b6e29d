"""``command``: an external agent process on the host, told where everything is by environment variables.

A command agent is code the user trusts: it runs on the host as the harness's user, outside the task
container. Its environment is built from scratch (nothing else of the harness's is inherited):
  WORKFLOOR_CONTAINER         name of the task container (``docker exec -i $WORKFLOOR_CONTAINER bash``)
  WORKFLOOR_INSTRUCTION       the instruction text; WORKFLOOR_INSTRUCTION_FILE the same, in a file
  WORKFLOOR_TRAJECTORY        where to write its ATIF trajectory (optional)
  WORKFLOOR_SERVICES          JSON {service: base URL}; WORKFLOOR_USERNAME / WORKFLOOR_PASSWORD its login
  WORKFLOOR_SERVER_HOSTNAME   host of the company's services; WORKFLOOR_DEADLINE epoch seconds
  WORKFLOOR_AGENT_RUN / WORKFLOOR_AGENT_OWNER   markers of its processes (run id, ``<host>:<harness pid>``)
  PATH, HOME, LANG, LC_*, TERM, DOCKER_HOST/DOCKER_CONTEXT/DOCKER_CERT_PATH/DOCKER_TLS_VERIFY   when set
  plus each ``--agent-env NAME`` (value from the harness's environment).
Never the decryption key (WORKFLOOR_KEY, DECRYPTION_KEY) nor the environment LLM's LITELLM_* settings.
Every process it starts is ended when the agent phase ends (see ``containment``); its output (stdout and
stderr) goes to ``agent.log``, capped (``capped_log``). If it writes no trajectory, the harness records its
command line, output and exit code.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from grading.atif import Trajectory

from ..cleanup import owner_label
from ..run.recorder import ToolResult, cap_text
from .agent_env import base_env
from .base import Agent, AgentContext, AgentError, AgentOutcome
from .capped_log import DEFAULT_CAP, pump
from .containment import MARK_RUN, STOP_GRACE_S, SWEEP_LIMIT_S, end_marked, keeper_command, marker_env


class CommandAgent(Agent):
    name = "command"
    version = "2"

    def __init__(self, command: str, extra_env: Mapping[str, str] | None = None, log_cap: int = DEFAULT_CAP):
        self.command = command
        self.extra_env = dict(extra_env or {})
        self.log_cap = log_cap
        self._process: subprocess.Popen[bytes] | None = None
        self._run_id: str | None = None
        self.external_trajectory: Trajectory | None = None

    def run(self, ctx: AgentContext) -> AgentOutcome:
        ctx.output_dir.mkdir(parents=True, exist_ok=True)
        instruction_file = ctx.output_dir / "instruction.md"
        instruction_file.write_text(ctx.instruction, encoding="utf-8")
        trajectory_file = ctx.output_dir / "agent-trajectory.json"
        trajectory_file.unlink(missing_ok=True)
        log_file = ctx.output_dir / "agent.log"
        self._run_id = ctx.output_dir.name  # the run folder is named after the run id
        env = {
            **base_env(os.environ),
            **self.extra_env,
            "WORKFLOOR_CONTAINER": ctx.sandbox.name,
            "WORKFLOOR_INSTRUCTION": ctx.instruction,
            "WORKFLOOR_INSTRUCTION_FILE": str(instruction_file),
            "WORKFLOOR_TRAJECTORY": str(trajectory_file),
            "WORKFLOOR_SERVICES": json.dumps(ctx.services.urls),
            "WORKFLOOR_USERNAME": ctx.services.username,
            "WORKFLOOR_PASSWORD": ctx.services.password,
            "WORKFLOOR_SERVER_HOSTNAME": ctx.services.server_hostname,
            "WORKFLOOR_DEADLINE": str(int(time.time() + ctx.remaining())),
            **marker_env(self._run_id, owner_label()),
        }
        read_end, write_end = os.pipe()
        reader = threading.Thread(target=pump, args=(read_end, log_file, self.log_cap), name="agent-log", daemon=True)
        try:
            self._process = subprocess.Popen(keeper_command(self.command), stdin=subprocess.DEVNULL,
                                             stdout=write_end, stderr=write_end, env=env)
        finally:
            os.close(write_end)
            reader.start()
        try:
            try:
                code = self._process.wait(timeout=max(0.1, ctx.remaining()))
            except subprocess.TimeoutExpired:
                self.stop()
                code = self._process.wait()
        finally:
            self._end_leftovers()
            reader.join(SWEEP_LIMIT_S)
        output = log_file.read_text(encoding="utf-8", errors="replace")
        if trajectory_file.is_file():
            try:
                self.external_trajectory = Trajectory.model_validate_json(trajectory_file.read_text())
            except ValueError as exc:
                first = str(exc).splitlines()
                reason = first[1].strip() if len(first) > 1 else (first[0] if first else "invalid")
                self._record(ctx, output, code)
                raise AgentError(f"the agent wrote an invalid ATIF trajectory ({reason})") from None
        else:
            self._record(ctx, output, code)
        if code != 0 and not ctx.cancelled.is_set() and ctx.remaining() > 0:
            raise AgentError(f"agent command exited with code {code}")
        return AgentOutcome()

    def _record(self, ctx: AgentContext, output: str, code: int | None) -> None:
        text, original = cap_text(output, 50_000)
        ctx.recorder.agent_step(
            "External agent process (no trajectory of its own).",
            [ToolResult("process", {"command": self.command}, text, original_chars=original,
                        extra={"exit_code": code})],
        )

    def _end_leftovers(self) -> None:
        """Backstop after the keeper: kill any process on the host still marked with this run."""
        run_id = self._run_id
        if run_id is not None:
            end_marked(lambda markers: markers.get(MARK_RUN) == run_id)

    def stop(self) -> None:
        """End the agent and everything it started (the keeper's grace, then SIGKILL); returns when done."""
        process = self._process
        if process is not None and process.poll() is None:
            try:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=STOP_GRACE_S + SWEEP_LIMIT_S + 1)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._end_leftovers()


def external_trajectory_path(output_dir: Path) -> Path:
    return output_dir / "agent-trajectory.json"
