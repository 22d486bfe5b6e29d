"""``scenarios.yaml``: private instructions for the simulated colleagues a task involves."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from grading.reading import has_value_near

from ..errors import InputError
from .meta import validate_as


class OfflineReply(BaseModel):
    """A scripted answer used when no environment LLM is configured (deterministic verification)."""

    model_config = ConfigDict(extra="forbid")
    match: str = Field(min_length=1, description="regular expression searched (case-insensitive) in the message")
    reply: str = Field(min_length=1)

    @field_validator("match")
    @classmethod
    def _match_is_a_regex(cls, value: str) -> str:
        return _valid_regex(value)


def _valid_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return pattern


class Fact(BaseModel):
    """Something the colleague must convey correctly: a plain statement plus the values it must carry."""

    model_config = ConfigDict(extra="forbid")
    statement: str = Field(min_length=1, description="the fact in plain words; also the fallback reply")
    values: list[str] = Field(default_factory=list, description="numbers, names, dates a faithful reply states")
    asked: str = Field(min_length=1, description="regular expression (case-insensitive): the examinee asks about it")
    near: str | None = Field(default=None, description="regular expression each value must share a sentence or "
                             "line with (e.g. the ticket a name is for, 'not|cannot' for a slot that does not work)")

    @field_validator("asked", "near")
    @classmethod
    def _asked_is_a_regex(cls, value: str | None) -> str | None:
        return None if value is None else _valid_regex(value)

    @model_validator(mode="after")
    def _statement_states_its_values(self) -> Fact:
        missing = [v for v in self.values if not has_value_near(self.statement, v, self.near)]
        if missing:
            raise ValueError(f"the statement does not state its value(s) {missing}")
        return self


class MustNot(BaseModel):
    """Something the colleague must never say (e.g. a plausible but wrong value), as a pattern to reject."""

    model_config = ConfigDict(extra="forbid")
    statement: str = Field(min_length=1)
    pattern: str = Field(min_length=1, description="regular expression (case-insensitive) a reply must not match")

    @field_validator("pattern")
    @classmethod
    def _pattern_is_a_regex(cls, value: str) -> str:
        return _valid_regex(value)


class ColleagueScenario(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(pattern=r"^[a-z][a-z0-9._-]*$")
    scenario: str = Field(min_length=1, description="what they know, how to behave, what not to reveal")
    facts: list[Fact] = Field(default_factory=list)
    must_not: list[MustNot] = Field(default_factory=list)
    allowed_values: list[str] = Field(default_factory=list,
                                      description="extra numbers/names the colleague may mention")
    offline_replies: list[OfflineReply] = Field(default_factory=list)
    offline_default: str = "Sorry, I'm not sure what you mean. Could you say a bit more?"

    @model_validator(mode="after")
    def _offline_replies_keep_the_facts(self) -> ColleagueScenario:
        for rule in self.offline_replies:
            for bad in self.must_not:
                if re.search(bad.pattern, rule.reply, re.IGNORECASE):
                    raise ValueError(f"offline reply for {rule.match!r} says what it must not: {bad.statement}")
        return self


class ScenarioFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    colleagues: list[ColleagueScenario] = Field(min_length=1)

    @classmethod
    def load(cls, path: Path) -> ScenarioFile:
        return cls.parse_text(path.read_text(encoding="utf-8"), str(path))

    @classmethod
    def parse_text(cls, text: str, where: str = "scenarios.yaml") -> ScenarioFile:
        path = where
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise InputError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from None
        return validate_as(cls, data, path)
