"""Tolerant readers of a study folder's files (``study.json``, ``results.json``; see the study-folder format).

The study runner owns these formats; the models here keep only the documented fields and ignore anything
else, so a newer runner's files still read.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

LIMIT_KEYS = ("max_steps", "max_tokens", "max_cost", "timeout", "command_timeout")
SCORED_STATUSES = ("completed", "agent_error", "timeout")  # runs that count as trials (graded)


class _Tolerant(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Limits(_Tolerant):
    max_steps: int | None = None
    max_tokens: int | None = None
    max_cost: float | None = None
    timeout: int | None = None  # the examinee's wall clock
    command_timeout: int | None = None


class ExamineeConfig(_Tolerant):
    label: str
    agent: str
    model: str | None = None
    api_base: str | None = None
    limits: Limits = Field(default_factory=Limits)

    @model_validator(mode="before")
    @classmethod
    def _flat_limits(cls, data: Any) -> Any:
        """Limits may be a ``limits`` object or fields of the examinee itself."""
        if isinstance(data, dict) and "limits" not in data:
            flat = {k: data[k] for k in LIMIT_KEYS if k in data}
            if flat:
                return {**data, "limits": flat}
        return data


class StudyConfig(_Tolerant):
    tasks: list[str] = Field(default_factory=list)
    examinees: list[ExamineeConfig] = Field(default_factory=list)
    k: int = 1
    env_llm: str | None = None
    raw: dict[str, Any] = Field(default_factory=dict)  # every field as written (for the override check)

    @model_validator(mode="before")
    @classmethod
    def _keep_raw(cls, data: Any) -> Any:
        return {**data, "raw": dict(data)} if isinstance(data, dict) else data


class StudyLock(_Tolerant):
    harness_version: str
    git_revision: str | None = None
    suite_version: str = ""
    task_images: dict[str, str] = Field(default_factory=dict)
    service_images: dict[str, str] = Field(default_factory=dict)
    packages: dict[str, str] = Field(default_factory=dict)
    env_llm: str | None = None
    env_llm_check: dict[str, Any] | None = None


class StudyFile(_Tolerant):
    name: str
    config: StudyConfig = Field(default_factory=StudyConfig)
    config_hash: str = ""
    lock: StudyLock
    created_at: str = ""
    updated_at: str = ""


class ResultRow(_Tolerant):
    run_id: str
    run_dir: str
    task: str
    role: str = "?"
    services: list[str] = Field(default_factory=list)
    difficulty: str = "?"
    examinee: str
    agent: str = ""
    model: str | None = None
    trial: int = 1
    status: str
    score: float | None = None
    points: int | None = None
    total_points: int | None = None
    checkpoints: list[int] | None = None
    resolved: bool = False
    steps: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    wall_s: float = 0.0
    attempt: int = 1
    started_at: str = ""
    finished_at: str = ""

    @model_validator(mode="before")
    @classmethod
    def _csv_lists(cls, data: Any) -> Any:
        """Accept the CSV spelling of lists (joined with ',') too."""
        if isinstance(data, dict):
            data = dict(data)
            for key in ("services", "checkpoints"):
                if isinstance(data.get(key), str):
                    parts = [p for p in data[key].split(",") if p]
                    data[key] = [int(p) for p in parts] if key == "checkpoints" else parts
        return data

    @property
    def scored(self) -> bool:
        """A graded trial (not an infra error or an interruption)."""
        return self.status in SCORED_STATUSES and self.score is not None

    @property
    def completion(self) -> float | None:
        """points / total (partial credit), None when ungraded."""
        if self.points is None or not self.total_points:
            return None
        return self.points / self.total_points
