"""Loading a study's config: a YAML or TOML file, flags, or both (flags win).

The file holds the ``StudyConfig`` fields plus ``name``, ``output``, ``backend`` and ``ray_address``;
``tasks`` may be a list of selectors or one comma-separated string. Secrets never go in it: an
examinee's API key is named by ``api_key_env``; the key and the environment LLM's key come from the
usual options and variables. Bad files are an InputError naming the file and the field.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import InputError
from ..task.meta import describe_validation_error
from .models import ExamineeConfig, Limits, StudyConfig
from .plan import split_selectors

BACKENDS = ("local", "ray")


class StudyRequest(BaseModel):
    """A config file's contents: the study plus where and how it runs."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = None
    output: Path | None = None
    backend: str = "local"
    ray_address: str | None = None
    tasks: list[str] | None = None
    examinees: list[ExamineeConfig] = Field(default_factory=list)
    k: int | None = None
    parallel: int | None = None
    retries: int | None = None
    rerun: list[str] | None = None
    env_llm: str | None = None
    env_llm_base_url: str | None = None
    init_timeout: int | None = None
    eval_timeout: int | None = None
    run_timeout: int | None = None

    @field_validator("tasks", mode="before")
    @classmethod
    def _selectors(cls, value: Any) -> Any:
        return split_selectors(value) if isinstance(value, str) else value

    @field_validator("backend")
    @classmethod
    def _backend(cls, value: str) -> str:
        if value not in BACKENDS:
            raise ValueError(f"unknown backend {value!r} (known: {', '.join(BACKENDS)})")
        return value


def load_request(path: Path) -> StudyRequest:
    """A config file (``.yaml``/``.yml``/``.toml``/``.json``) as a ``StudyRequest``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read study config {path}: {exc.strerror or exc}") from None
    try:
        if path.suffix == ".toml":
            data: Any = tomllib.loads(text)
        elif path.suffix in (".yaml", ".yml"):
            data = yaml.safe_load(text)
        elif path.suffix == ".json":
            data = json.loads(text)
        else:
            raise InputError(f"{path}: a study config is a .yaml, .yml, .toml or .json file")
    except (tomllib.TOMLDecodeError, yaml.YAMLError, ValueError) as exc:
        raise InputError(f"{path}: not valid {path.suffix[1:].upper()}: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: a study config is a mapping of settings")
    try:
        return StudyRequest.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: {describe_validation_error(exc)}") from None


def examinee_from_flags(agent: str, model: str | None, label: str | None, **options: Any) -> ExamineeConfig:
    """The one examinee of a flags-only study; its label defaults to ``agent`` or ``agent:model``."""
    limit_names = set(Limits.model_fields)
    limits = {k: v for k, v in options.items() if k in limit_names and v is not None}
    rest = {k: v for k, v in options.items() if k not in limit_names and v is not None}
    try:
        return ExamineeConfig(label=label or (f"{agent}:{model}" if model else agent), agent=agent, model=model,
                              limits=Limits(**limits), **rest)
    except ValidationError as exc:
        raise InputError(f"examinee: {describe_validation_error(exc)}") from None


def build_config(request: StudyRequest, overrides: dict[str, Any], key: str) -> StudyConfig:
    """The StudyConfig from a request and flags (``None`` flags leave the file's value)."""
    merged = {k: v for k, v in request.model_dump(exclude={"name", "output", "backend", "ray_address"}).items()
              if v is not None and v != []}
    merged.update({k: v for k, v in overrides.items() if v is not None})
    if not merged.get("examinees"):
        raise InputError("no examinee: give --agent (and its options) or a config file with examinees")
    merged["key_sha256"] = hashlib.sha256(key.encode()).hexdigest()[:16]
    try:
        return StudyConfig.model_validate(merged)
    except ValidationError as exc:
        raise InputError(f"study config: {describe_validation_error(exc)}") from None
