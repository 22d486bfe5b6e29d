"""Runs the calibration set against an environment LLM and says whether it is fit to grade (the judge
gets the known answers right) and to play colleagues (its replies keep to the facts, redrafts allowed).

``check_env_llm`` never raises for a bad model: errors count as wrong answers and are listed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pydantic import BaseModel, ConfigDict

from ..colleagues.speaker import EnvModel, compose
from .calibration import COLLEAGUES, STATEMENTS

JUDGE_MIN = 0.85  # share of statements judged right
COLLEAGUE_MIN = 0.66  # share of colleague questions answered faithfully without the plain-facts fallback


class EnvLLMCheck(BaseModel):
    """The outcome of ``harness env-llm check`` (a study records it in its lock)."""

    model_config = ConfigDict(extra="forbid")
    model: str
    base_url: str | None
    judge_right: int
    judge_total: int
    judge_unanswered: int
    colleague_first_draft_ok: int
    colleague_faithful: int
    colleague_total: int
    fit_to_grade: bool
    fit_to_play_colleagues: bool
    problems: list[str]
    seconds: float

    @property
    def fit(self) -> bool:
        return self.fit_to_grade and self.fit_to_play_colleagues


@contextmanager
def _environment(model: EnvModel) -> Iterator[None]:
    values = {"LITELLM_MODEL": model.model, "LITELLM_API_KEY": model.api_key, "LITELLM_BASE_URL": model.base_url}
    saved = {k: os.environ.get(k) for k in values}
    try:
        for key, value in values.items():
            if value:
                os.environ[key] = value
            else:
                os.environ.pop(key, None)
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def check_env_llm(model: EnvModel, samples: int = 1,
                  progress: Callable[[str], None] = lambda line: None) -> EnvLLMCheck:
    from grading.company import CompanyData
    from grading.llm import LLMUnavailable, llm_judge, take_judgments

    from ..colleagues.persona import system_prompt
    from ..settings import repo_root

    started = time.monotonic()
    problems: list[str] = []
    right = unanswered = 0
    with _environment(model):
        take_judgments()
        for item in STATEMENTS:
            try:
                verdict: bool | None = llm_judge(item.content, item.predicate, samples=samples)
            except LLMUnavailable as exc:
                verdict = None
                unanswered += 1
                problems.append(f"judge: no verdict on {item.predicate!r}: {str(exc)[:120]}")
            if verdict is item.expected:
                right += 1
            elif verdict is not None:
                problems.append(f"judge: said {'yes' if verdict else 'no'} to {item.predicate!r}")
            progress(f"judge {'✓' if verdict is item.expected else '✗'} {item.predicate}")
        take_judgments()
    company = CompanyData.load(repo_root() / "servers" / "company")
    first = faithful = 0
    for case in COLLEAGUES:
        me = company.people.get(case.username)
        system = system_prompt(me, company.people.examinee, case.scenario, company.company, company.people)
        try:
            draft = compose(case.scenario, system, [("user", case.question)], case.question, model)
        except Exception as exc:
            problems.append(f"colleague {case.username}: LLM error: {type(exc).__name__}: {str(exc)[:120]}")
            progress(f"colleague ✗ {case.username}: LLM error")
            continue
        first += draft.outcome == "llm" and draft.tries == 1
        faithful += draft.outcome == "llm"
        for found in draft.rejected:
            problems.append(f"colleague {case.username}: draft rejected: {'; '.join(found)[:200]}")
        progress(f"colleague {'✓' if draft.outcome == 'llm' else '✗'} {case.username} "
                 f"({draft.outcome}, {draft.tries} draft(s))")
    total_s, total_c = len(STATEMENTS), len(COLLEAGUES)
    return EnvLLMCheck(
        model=str(model.model), base_url=model.base_url, judge_right=right, judge_total=total_s,
        judge_unanswered=unanswered, colleague_first_draft_ok=first, colleague_faithful=faithful,
        colleague_total=total_c, fit_to_grade=right / total_s >= JUDGE_MIN,
        fit_to_play_colleagues=faithful / total_c >= COLLEAGUE_MIN, problems=problems,
        seconds=round(time.monotonic() - started, 1),
    )
