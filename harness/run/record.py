"""``run.json``: the typed record of one run."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from grading.atomic import write_atomically
from grading.formats import CheckpointScore, FinalScore


class RunStatus(StrEnum):
    completed = "completed"  # the examinee finished (or gave up) within its limits; graded
    agent_error = "agent_error"  # the examinee crashed or broke its own limits; still graded
    timeout = "timeout"  # the examinee ran out of wall-clock time and was stopped; still graded
    infra_error = "infra_error"  # Docker, services, init or grading failed: not the examinee's fault
    interrupted = "interrupted"  # the person running the harness stopped it (Ctrl-C, SIGTERM)


EXIT_CODES = {
    RunStatus.completed: 0,
    RunStatus.infra_error: 3,
    RunStatus.agent_error: 4,
    RunStatus.timeout: 5,
    RunStatus.interrupted: 130,
}


__all__ = ["EXIT_CODES", "AgentInfo", "ClientInfo", "RunRecord", "RunStatus", "write_atomically"]


class ClientInfo(BaseModel):
    """The program that drove an examinee from outside (an MCP client's ``clientInfo``)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    version: str


class AgentInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    model: str | None = None
    client: ClientInfo | None = None  # --agent mcp: the MCP client that connected


class RunRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    run_id: str
    task: str
    task_version: str
    image: str
    image_id: str
    harness_version: str
    agent: AgentInfo
    env_llm_model: str | None
    stack: str | None = None  # "<kind>:<stack id>" of the company the run used
    clock_shift: str | None = None  # the moved clock its containers saw (a test's WORKFLOOR_CLOCK_SHIFT)
    limits: dict[str, int] = Field(default_factory=dict)  # effective timeouts (s): agent, command, init, eval
    status: RunStatus
    error: str | None = None
    started_at: str
    finished_at: str
    phases: dict[str, float] = Field(default_factory=dict)  # seconds per phase, in order
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    answer: str | None = None
    checkpoints: list[CheckpointScore] | None = None
    final_score: FinalScore | None = None
    score: float | None = None
    files: list[str] = Field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]
