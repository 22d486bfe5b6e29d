"""``colleagues.json``: what each simulated colleague of a run said, how often a draft was rejected, and
which environment model played them. Written into the run folder when the colleagues stop."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from grading.atomic import write_atomically

FILE_NAME = "colleagues.json"
Outcome = Literal["llm", "fallback", "offline", "error"]


class Turn(BaseModel):
    """One message in a colleague's direct-message conversation."""

    model_config = ConfigDict(extra="forbid")
    at: str
    sender: str
    to: str
    text: str
    outcome: Outcome | None = Field(default=None, description="replies only: who wrote the text that was sent")
    tries: int | None = Field(default=None, description="replies only: LLM drafts made (rejected ones included)")
    rejected: list[list[str]] = Field(default_factory=list, description="replies only: problems per rejected draft")
    asked_facts: list[int] = Field(default_factory=list, description="replies only: indices of facts asked about")
    seconds: float | None = None


class ColleagueStats(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str
    model: str | None
    replies: int = 0
    first_try_ok: int = Field(default=0, description="LLM replies sent as first drafted")
    regenerations: int = Field(default=0, description="drafts rejected by the fact check and drafted again")
    fallbacks: int = Field(default=0, description="replies replaced by the plain statement of the facts")
    llm_errors: int = 0
    transcript: list[Turn] = Field(default_factory=list)


class ColleaguesRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    env_model: str | None
    colleagues: list[ColleagueStats]

    def write(self, path: Path) -> None:
        write_atomically(path, self.model_dump_json(indent=2) + "\n")

    @classmethod
    def read(cls, path: Path) -> ColleaguesRecord:
        return cls.model_validate_json(path.read_text(encoding="utf-8"))
