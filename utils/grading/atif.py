"""Pydantic models of the Agent Trajectory Interchange Format (ATIF, v1.4).

ATIF is the JSON trajectory format published as an RFC by the Harbor project. Everything the
harness writes validates against these models. What is ours and not in the format (task and
run ids, screenshots, colleague messages, truncation records) lives in the ``extra`` fields,
whose keys are documented in ``docs/trajectory.md``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "ATIF-v1.4"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Agent(_Model):
    name: str
    version: str
    model_name: str | None = None
    extra: dict[str, Any] | None = None


class Metrics(_Model):
    prompt_tokens: int | None = Field(default=None, ge=0)
    completion_tokens: int | None = Field(default=None, ge=0)
    cached_tokens: int | None = Field(default=None, ge=0)
    cost_usd: float | None = Field(default=None, ge=0)
    prompt_token_ids: list[int] | None = None
    completion_token_ids: list[int] | None = None
    logprobs: list[float] | None = None
    extra: dict[str, Any] | None = None


class FinalMetrics(_Model):
    total_prompt_tokens: int | None = Field(default=None, ge=0)
    total_completion_tokens: int | None = Field(default=None, ge=0)
    total_cached_tokens: int | None = Field(default=None, ge=0)
    total_cost_usd: float | None = Field(default=None, ge=0)
    total_steps: int | None = Field(default=None, ge=0)
    extra: dict[str, Any] | None = None


class ToolCall(_Model):
    tool_call_id: str
    function_name: str
    arguments: dict[str, Any]


class SubagentTrajectoryRef(_Model):
    session_id: str
    trajectory_path: str | None = None
    extra: dict[str, Any] | None = None


class ObservationResult(_Model):
    source_call_id: str | None = None
    content: str | None = None
    subagent_trajectory_ref: list[SubagentTrajectoryRef] | None = None
    # Not part of ATIF 1.4's result object; tolerated on input, never written by the harness.
    model_config = ConfigDict(extra="allow")


class Observation(_Model):
    results: list[ObservationResult]


class Step(_Model):
    step_id: int = Field(ge=1)
    timestamp: str | None = None
    source: Literal["system", "user", "agent"]
    model_name: str | None = None
    reasoning_effort: str | float | None = None
    message: str
    reasoning_content: str | None = None
    tool_calls: list[ToolCall] | None = None
    observation: Observation | None = None
    metrics: Metrics | None = None
    extra: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _agent_only_fields(self) -> Step:
        if self.source != "agent":
            for name in ("model_name", "reasoning_effort", "reasoning_content", "tool_calls", "metrics"):
                if getattr(self, name) is not None:
                    raise ValueError(f"step {self.step_id}: '{name}' is only allowed on agent steps")
        return self


class Trajectory(_Model):
    schema_version: str = SCHEMA_VERSION
    session_id: str
    agent: Agent
    steps: list[Step]
    notes: str | None = None
    final_metrics: FinalMetrics | None = None
    continued_trajectory_ref: str | None = None
    extra: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Trajectory:
        if not self.schema_version.startswith("ATIF-v1."):
            raise ValueError(f"unsupported schema_version {self.schema_version!r}")
        for expected, step in enumerate(self.steps, start=1):
            if step.step_id != expected:
                raise ValueError(f"step ids must run 1, 2, 3, ...: found {step.step_id} at position {expected}")
            call_ids = {c.tool_call_id for c in step.tool_calls or []}
            for result in step.observation.results if step.observation else []:
                if result.source_call_id is not None and result.source_call_id not in call_ids:
                    raise ValueError(
                        f"step {step.step_id}: observation refers to unknown tool call {result.source_call_id!r}"
                    )
        return self

    def text(self) -> str:
        """Every message, tool call and observation as plain text (for keyword checks and judges)."""
        parts: list[str] = []
        for step in self.steps:
            parts.append(f"[{step.source}] {step.message}")
            for call in step.tool_calls or []:
                parts.append(f"[call {call.function_name}] {call.arguments}")
            for result in step.observation.results if step.observation else []:
                parts.append(f"[result] {result.content or ''}")
        return "\n".join(parts)


KNOWN_VERSIONS = tuple(f"ATIF-v1.{minor}" for minor in range(7))


def atif_problems(data: Trajectory | dict[str, Any] | str | bytes) -> list[str]:
    """Every way ``data`` breaks the ATIF rules (empty when it is a valid trajectory).

    Beyond the models' own checks (fields and types, step ids 1, 2, 3, ..., agent-only fields, observations
    naming a tool call of their step): a known ``schema_version``, a non-empty ``session_id`` and agent
    name/version, at least one step, ISO 8601 timestamps, tool call ids unique within a step, and
    ``final_metrics.total_steps`` equal to the number of steps.
    """
    if isinstance(data, Trajectory):
        data = data.model_dump(mode="json", exclude_none=True)
    try:
        trajectory = (Trajectory.model_validate(data) if isinstance(data, dict)
                      else Trajectory.model_validate_json(data))
    except ValueError as exc:
        return [_first_error(exc)]
    problems: list[str] = []
    if trajectory.schema_version not in KNOWN_VERSIONS:
        problems.append(f"unknown schema_version {trajectory.schema_version!r}")
    if not trajectory.session_id.strip():
        problems.append("session_id is empty")
    if not trajectory.agent.name.strip() or not trajectory.agent.version.strip():
        problems.append("agent name and version must not be empty")
    if not trajectory.steps:
        problems.append("a trajectory needs at least one step")
    for step in trajectory.steps:
        if step.timestamp is not None:
            try:
                datetime.fromisoformat(step.timestamp.replace("Z", "+00:00"))
            except ValueError:
                problems.append(f"step {step.step_id}: timestamp {step.timestamp!r} is not ISO 8601")
        call_ids = [c.tool_call_id for c in step.tool_calls or []]
        if len(call_ids) != len(set(call_ids)):
            problems.append(f"step {step.step_id}: tool_call_id repeated within the step")
    total = trajectory.final_metrics.total_steps if trajectory.final_metrics else None
    if total is not None and total != len(trajectory.steps):
        problems.append(f"final_metrics.total_steps is {total} but the trajectory has {len(trajectory.steps)} steps")
    return problems


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))
    return str(exc).splitlines()[0]
