"""The study folder's file formats (a contract with ``harness report``, ``view`` and ``submit``).

    study.json     StudyFile: the config, its hash, the lock (what the results were produced with)
    results.json   list[ResultRow], one row per (task, examinee, trial) that has run, rewritten atomically
    results.csv    the same rows (lists joined with ',')
    runs/<run-id>/ ordinary run folders, exactly as ``harness run`` writes them

``StudyConfig.identity()`` is what a study *is* (tasks, examinees, trials, environment LLM, key, timeouts);
``config_hash`` is the sha256 of its canonical JSON. How it is run (parallelism, retries, backend) may
change between invocations of the same study; what it is may not, without ``--force-config``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# what `resolved`, `score` and friends mean: see ResultRow
RUN_STATUSES = ("completed", "agent_error", "timeout", "infra_error", "interrupted")
HOW_FIELDS = ("parallel", "retries", "rerun", "run_timeout")  # StudyConfig fields outside the identity (and the hash)


class Limits(BaseModel):
    """An examinee's limits; None = the harness's (or the task's) default."""

    model_config = ConfigDict(extra="forbid")
    max_steps: int | None = Field(default=None, gt=0)
    max_tokens: int | None = Field(default=None, gt=0)
    max_cost: float | None = Field(default=None, gt=0)
    timeout: int | None = Field(default=None, gt=0, description="the examinee's wall clock per run, seconds")
    command_timeout: int | None = Field(default=None, gt=0, description="one command's limit, seconds")


class ExamineeConfig(BaseModel):
    """One examinee: an agent kind with its options. ``label`` names it in results (unique in a study)."""

    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1, max_length=100, pattern=r"^[^\s,]+$")
    agent: str
    model: str | None = None
    api_base: str | None = None
    api_key_env: str | None = Field(default=None, description="name of the environment variable with its API key")
    agent_url: str | None = None  # agent http
    agent_cmd: str | None = None  # agent command
    agent_env: list[str] = Field(default_factory=list)  # agent command: variables passed through, by name
    browser: bool = True
    solution: str | None = None  # agent oracle: the solution file to run (default the full one)
    only_tasks: list[str] | None = None  # runs only on these of the study's tasks (None: on all of them)
    limits: Limits = Field(default_factory=Limits)

    @field_validator("agent")
    @classmethod
    def _known_agent(cls, value: str) -> str:
        from ..agents.registry import AGENT_NAMES

        if value not in AGENT_NAMES or value == "human":
            known = ", ".join(n for n in AGENT_NAMES if n != "human")
            raise ValueError(f"unknown or interactive agent {value!r} (a study runs: {known})")
        return value


class StudyConfig(BaseModel):
    """What the user asked for. ``tasks``: selectors (``all``, names, ``role:X``, ``service:X``,
    ``difficulty:X``; see ``plan``)."""

    model_config = ConfigDict(extra="forbid")
    tasks: list[str] = Field(default_factory=lambda: ["all"], min_length=1)
    examinees: list[ExamineeConfig] = Field(min_length=1)
    k: int = Field(default=1, ge=1, le=100, description="trials per task and examinee")
    env_llm: str | None = None  # environment LLM model; None = graders' and colleagues' offline fallbacks
    env_llm_base_url: str | None = None
    key_sha256: str = ""  # first 16 hex of the key's sha256 (the key itself is never stored)
    init_timeout: int | None = Field(default=None, gt=0)
    eval_timeout: int | None = Field(default=None, gt=0)
    run_timeout: int | None = Field(default=None, gt=0, description="a run is killed past this (default: "
                                    "from the task's timeouts)")
    parallel: int = Field(default=1, ge=1, le=256)
    retries: int = Field(default=2, ge=0, le=20, description="automatic retries of infra_error runs")
    rerun: list[str] = Field(default_factory=list, description="statuses run again on resume")

    @model_validator(mode="after")
    def _unique_labels(self) -> StudyConfig:
        labels = [e.label for e in self.examinees]
        twice = sorted({label for label in labels if labels.count(label) > 1})
        if twice:
            raise ValueError(f"examinee labels must be unique: {', '.join(twice)}")
        return self

    @field_validator("rerun")
    @classmethod
    def _rerunnable(cls, value: list[str]) -> list[str]:
        for status in value:
            if status not in ("agent_error", "timeout", "completed"):
                raise ValueError(f"--rerun takes agent_error, timeout or completed, not {status!r}")
        return sorted(set(value))

    def identity(self) -> dict[str, Any]:
        """The fields that define the study (not how it is run)."""
        return self.model_dump(mode="json", exclude=set(HOW_FIELDS))

    def config_hash(self) -> str:
        canonical = json.dumps(self.identity(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


class StudyLock(BaseModel):
    """What the results were produced with."""

    model_config = ConfigDict(extra="forbid")
    harness_version: str
    git_revision: str | None = None
    suite_version: str  # sha256 over the sorted (task name, image id) pairs, first 16 hex
    task_images: dict[str, str] = Field(default_factory=dict)  # task name -> image id
    service_images: dict[str, str] = Field(default_factory=dict)  # service name -> image id
    packages: dict[str, str] = Field(default_factory=dict)  # python package -> version
    env_llm: str | None = None
    env_llm_check: dict[str, Any] | None = None


class StudyFile(BaseModel):
    """``study.json``."""

    model_config = ConfigDict(extra="forbid")
    name: str
    config: StudyConfig
    config_hash: str
    lock: StudyLock
    created_at: str
    updated_at: str


class ResultRow(BaseModel):
    """One run of a study. ``score`` is the run's benchmark score (0.5 * points/total + 0.5 * resolved);
    ``resolved``: every checkpoint complete; ``attempt``: 1 + automatic retries of infra errors."""

    model_config = ConfigDict(extra="forbid")
    run_id: str
    run_dir: str  # relative to the study folder: runs/<run-id>
    task: str
    role: str
    services: list[str] = Field(default_factory=list)
    difficulty: str
    examinee: str
    agent: str
    model: str | None = None
    trial: int = Field(ge=1)
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
    attempt: int = Field(default=1, ge=1)
    started_at: str
    finished_at: str

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        if value not in RUN_STATUSES:
            raise ValueError(f"unknown run status {value!r}")
        return value

    @property
    def key(self) -> tuple[str, str, int]:
        """The run's place in the study: (task, examinee label, trial)."""
        return (self.task, self.examinee, self.trial)


CSV_COLUMNS = list(ResultRow.model_fields)
