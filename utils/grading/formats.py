"""File formats written by the grader (``eval.json``), as pydantic models shared with the harness."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class CheckpointScore(BaseModel):
    model_config = ConfigDict(extra="forbid")
    total: int = Field(gt=0)
    result: int = Field(ge=0)

    @model_validator(mode="after")
    def _result_within_total(self) -> CheckpointScore:
        if self.result > self.total:
            raise ValueError(f"result {self.result} exceeds total {self.total}")
        return self


class FinalScore(BaseModel):
    model_config = ConfigDict(extra="forbid")
    total: int = Field(ge=0)
    result: int = Field(ge=0)


class Judgment(BaseModel):
    """One ``llm_judge`` call: the verdict used, who gave it, the model's reasons and votes, and the
    deterministic fallback's verdict, so a reviewer can audit where judge and fallback disagree."""

    model_config = ConfigDict(extra="forbid")
    predicate: str
    verdict: bool
    source: Literal["llm", "fallback", "none"] = Field(description="llm: the model's majority; fallback: the "
                                                       "deterministic check (no model, error or tie); none: failed")
    model: str | None = None
    reasons: list[str] = Field(default_factory=list)
    votes: list[bool | None] = Field(default_factory=list, description="one per sample; null = no verdict given")
    fallback: bool | None = None
    disagrees: bool = False
    error: str | None = None


class EvalOutput(BaseModel):
    """The grader's output: ``{"checkpoints": [{"total", "result"}], "final_score": {...}, "score": x}``."""

    model_config = ConfigDict(extra="forbid")
    checkpoints: list[CheckpointScore]
    final_score: FinalScore
    score: float = Field(ge=0.0, le=1.0, description="0.5 * result/total + 0.5 * (result == total)")
    scoring_strategy: str | None = None
    judgments: list[Judgment] = Field(default_factory=list, description="llm_judge calls, in order (optional)")
