"""``metadata.yaml`` of a submission: who submits what, and under which conditions."""

from __future__ import annotations

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..task.meta import describe_validation_error

OFFLINE = "offline"  # env_llm when every run used the deterministic fallbacks (no environment LLM)


class Metadata(BaseModel):
    model_config = ConfigDict(extra="forbid")
    agent_name: str = Field(min_length=1)
    model: str | None = None
    organisation: str = Field(min_length=1)
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    link: str | None = None
    k: int = Field(ge=1, description="trials per task")
    env_llm: str = Field(min_length=1, description=f"the environment LLM of every run, or {OFFLINE!r}")
    harness_version: str
    study: str


def metadata_yaml(meta: Metadata) -> bytes:
    return yaml.safe_dump(meta.model_dump(), sort_keys=False, allow_unicode=True).encode()


def parse_metadata(data: bytes) -> tuple[Metadata | None, str | None]:
    """(metadata, None) or (None, the problem as one line)."""
    try:
        loaded = yaml.safe_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, f"metadata.yaml: not YAML: {str(exc).splitlines()[0]}"
    try:
        return Metadata.model_validate(loaded), None
    except ValidationError as exc:
        return None, f"metadata.yaml: {describe_validation_error(exc)}"
