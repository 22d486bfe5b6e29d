"""The task metadata file (``task.toml``) and the image label derived from it."""

from __future__ import annotations

import posixpath
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from grading.endpoints import SERVICES

from ..errors import InputError

DEFAULT_OUTPUTS = ("/workspace", "/root")  # what grading sees of the examinee's container, by default
RESERVED_TOP_DIRS = {"bin", "boot", "dev", "etc", "lib", "lib64", "opt", "proc", "run", "sbin", "sys", "usr", "utils",
                     "instruction", "var"}


class Role(StrEnum):
    sde = "sde"
    pm = "pm"
    hr = "hr"
    admin = "admin"
    ds = "ds"
    finance = "finance"


class Difficulty(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class Timeouts(BaseModel):
    """Limits in seconds: the examinee's whole turn, one shell command, init.sh, eval.py."""

    model_config = ConfigDict(extra="forbid")
    agent: int = Field(default=1800, gt=0, le=24 * 3600)
    command: int = Field(default=120, gt=0, le=3600)
    init: int = Field(default=300, gt=0, le=3600)
    eval: int = Field(default=300, gt=0, le=3600)


class TaskMeta(BaseModel):
    """Contents of ``task.toml``."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")
    version: str = Field(default="1.0.0", pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")
    title: str = ""
    role: Role
    difficulty: Difficulty = Difficulty.medium
    services: list[str] = Field(default_factory=list)
    expected_steps: int = Field(default=10, gt=0)
    timeouts: Timeouts = Field(default_factory=Timeouts)
    outputs: list[str] = Field(default_factory=lambda: list(DEFAULT_OUTPUTS))
    scoring: str = "sum"

    @field_validator("outputs")
    @classmethod
    def _output_paths(cls, value: list[str]) -> list[str]:
        for path in value:
            normal = posixpath.normpath(path)
            if not path.startswith("/") or normal != path or normal == "/":
                raise ValueError(f"output path {path!r} must be an absolute, normalised folder other than /")
            if normal.split("/")[1] in RESERVED_TOP_DIRS:
                raise ValueError(f"output path {path!r} is inside a system folder")
        if len(set(value)) != len(value):
            raise ValueError("outputs are listed more than once")
        return value

    @field_validator("scoring")
    @classmethod
    def _known_scoring(cls, value: str) -> str:
        from grading.scoring import strategy_from_name

        strategy_from_name(value)  # ValueError names the problem
        return value

    @field_validator("services")
    @classmethod
    def _known_services(cls, value: list[str]) -> list[str]:
        for service in value:
            if service not in SERVICES:
                raise ValueError(f"unknown service {service!r} (known: {', '.join(SERVICES)})")
        if len(set(value)) != len(value):
            raise ValueError("services are listed more than once")
        return value

    @classmethod
    def load(cls, path: Path) -> TaskMeta:
        """Read and validate ``task.toml``; raise InputError with a one-line reason."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{path}: metadata file is missing") from None
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{path}: not valid TOML: {exc}") from None
        return validate_as(cls, data, path)


ModelT = TypeVar("ModelT", bound=BaseModel)


def validate_as(model: type[ModelT], data: object, where: object) -> ModelT:
    """``data`` validated as ``model``; InputError ``where: field: problem`` (one line) otherwise."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{where}: {describe_validation_error(exc)}") from None


def describe_validation_error(exc: ValidationError) -> str:
    """The first problem of a pydantic error as one line: ``field.path: message``."""
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        message = str(err["msg"]).removeprefix("Value error, ")
        problems.append(f"{where}: {message}")
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return problems[0] + more


class TaskImageInfo(TaskMeta):
    """The metadata a built task image carries in its label, so a run needs only the image."""

    checkpoints: int = Field(ge=1)
    points: int = Field(ge=1)
    checkpoint_points: list[int]  # each checkpoint's total, in order: the host checks eval.json against it
    colleagues: list[str] = Field(default_factory=list)
    harness_version: str
