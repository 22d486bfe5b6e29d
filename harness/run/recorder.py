"""Builds the run's ATIF trajectory step by step (thread-safe), with our additions under ``extra``.

Keys we put in ``extra`` (documented in docs/trajectory.md):
- trajectory.extra: ``workfloor`` = {task, task_version, run_id, harness_version}
- step.extra: ``truncated`` = [{source_call_id, original_chars, kept_chars}], ``screenshots`` = [paths],
  ``colleague`` = {username} for messages from simulated colleagues, ``exit_code`` for shell observations.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from grading.atif import (
    Agent,
    FinalMetrics,
    Metrics,
    Observation,
    ObservationResult,
    Step,
    ToolCall,
    Trajectory,
    now_iso,
)


class ToolResult:
    """One tool call and what it returned, as the agent saw it."""

    def __init__(self, name: str, arguments: dict[str, Any], output: str, *, call_id: str | None = None,
                 original_chars: int | None = None, extra: dict[str, Any] | None = None):
        self.call_id = call_id or f"call_{uuid.uuid4().hex[:10]}"
        self.name = name
        self.arguments = arguments
        self.output = output
        self.original_chars = original_chars
        self.extra = extra or {}


class TrajectoryRecorder:
    def __init__(self, *, session_id: str, agent_name: str, agent_version: str, model_name: str | None,
                 extra: dict[str, Any]):
        self._lock = threading.Lock()
        self._steps: list[Step] = []
        self.session_id = session_id
        self.agent = Agent(name=agent_name, version=agent_version, model_name=model_name)
        self.extra = extra
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.cost_usd = 0.0
        self.notes: list[str] = []

    def _add(self, **fields: Any) -> Step:
        with self._lock:
            step = Step(step_id=len(self._steps) + 1, timestamp=now_iso(), **fields)
            self._steps.append(step)
            return step

    def system(self, message: str, extra: dict[str, Any] | None = None) -> None:
        self._add(source="system", message=message, extra=extra or None)

    def system_first(self, message: str, extra: dict[str, Any] | None = None) -> None:
        """A system step put before every step recorded so far (the agent's system prompt is step 1)."""
        with self._lock:
            first = Step(step_id=1, timestamp=now_iso(), source="system", message=message, extra=extra or None)
            self._steps = [first, *(s.model_copy(update={"step_id": s.step_id + 1}) for s in self._steps)]

    def user(self, message: str, extra: dict[str, Any] | None = None) -> None:
        self._add(source="user", message=message, extra=extra or None)

    def agent_step(self, message: str, results: list[ToolResult] | None = None, *,
                   model_name: str | None = None, prompt_tokens: int | None = None,
                   completion_tokens: int | None = None, cost_usd: float | None = None,
                   reasoning: str | None = None, extra: dict[str, Any] | None = None) -> None:
        """One agent turn: its message, the tool calls it made and their observations."""
        results = results or []
        step_extra: dict[str, Any] = dict(extra or {})
        truncated = [
            {"source_call_id": r.call_id, "original_chars": r.original_chars, "kept_chars": len(r.output)}
            for r in results if r.original_chars is not None and r.original_chars > len(r.output)
        ]
        if truncated:
            step_extra["truncated"] = truncated
        for r in results:
            for key, value in r.extra.items():
                step_extra.setdefault(key, []).append(value)
        metrics = None
        if prompt_tokens is not None or completion_tokens is not None or cost_usd is not None:
            metrics = Metrics(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, cost_usd=cost_usd)
            with self._lock:
                self.prompt_tokens += prompt_tokens or 0
                self.completion_tokens += completion_tokens or 0
                self.cost_usd += cost_usd or 0.0
        self._add(
            source="agent",
            message=message,
            model_name=model_name,
            reasoning_content=reasoning,
            tool_calls=[ToolCall(tool_call_id=r.call_id, function_name=r.name, arguments=r.arguments)
                        for r in results] or None,
            observation=Observation(results=[ObservationResult(source_call_id=r.call_id, content=r.output)
                                             for r in results]) if results else None,
            metrics=metrics,
            extra=step_extra or None,
        )

    @property
    def step_count(self) -> int:
        with self._lock:
            return len(self._steps)

    def trajectory(self) -> Trajectory:
        with self._lock:
            steps = list(self._steps)
        return Trajectory(
            session_id=self.session_id,
            agent=self.agent,
            steps=steps,
            notes="; ".join(self.notes) or None,
            final_metrics=FinalMetrics(
                total_prompt_tokens=self.prompt_tokens,
                total_completion_tokens=self.completion_tokens,
                total_cost_usd=round(self.cost_usd, 6),
                total_steps=len(steps),
            ),
            extra={"workfloor": self.extra},
        )


def cap_text(text: str, limit: int) -> tuple[str, int | None]:
    """``text`` cut to ``limit`` characters (head and tail kept); the original size when cut."""
    if len(text) <= limit:
        return text, None
    head = limit * 2 // 3
    tail = limit - head
    cut = len(text) - limit
    return f"{text[:head]}\n[... {cut} characters cut ...]\n{text[-tail:]}", len(text)
