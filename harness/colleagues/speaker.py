"""One colleague reply: drafted by the environment LLM, checked against the scenario's facts, drafted again
when rejected (a few tries), then replaced by the plain statement of the facts. Offline: the scripted reply.

Every call is limited to what is left of the time budget (the examinee is waiting). When the first call
fails or times out, the plain facts asked about are sent if there are any; otherwise ``compose`` raises
(the caller logs it and sends nothing).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

from ..task.scenarios import ColleagueScenario
from .fidelity import allowed_numbers, asked_facts, correction, fallback_reply, problems
from .persona import offline_reply
from .record import Outcome

TRIES = 3
BUDGET_S = 60.0  # no redraft is started that would likely end after this (the examinee is waiting)
MAX_TOKENS = 300


@dataclass
class EnvModel:
    model: str | None
    api_key: str | None = None
    base_url: str | None = None

    @property
    def online(self) -> bool:
        return bool(self.model) and self.model != "offline"


@dataclass
class Draft:
    text: str
    outcome: Outcome
    tries: int = 0
    rejected: list[list[str]] = field(default_factory=list)
    asked: list[int] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None  # the LLM call that failed, if one did


def complete(model: EnvModel, messages: list[dict[str, Any]], *, temperature: float = 0.7,
             max_tokens: int = MAX_TOKENS, timeout: float = 90.0) -> str:
    """One chat completion from the environment LLM (litellm); raises on any failure."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    response = litellm.completion(model=model.model, messages=messages, api_key=model.api_key,
                                  base_url=model.base_url, temperature=temperature, max_tokens=max_tokens,
                                  timeout=timeout, num_retries=0, max_retries=0)  # the time budget is ours
    return str(response.choices[0].message.content or "")


def compose(scenario: ColleagueScenario, system: str, history: list[tuple[str, str]], incoming: str,
            model: EnvModel, tries: int = TRIES, budget_s: float = BUDGET_S) -> Draft:
    """The reply to ``incoming`` given the conversation ``history`` of (role, text), roles user/assistant.

    A slow model gets fewer redrafts: none is started when the last draft's time would overrun ``budget_s``."""
    started = time.monotonic()
    if not model.online:
        return Draft(offline_reply(scenario, incoming), "offline", seconds=time.monotonic() - started)
    asked = asked_facts(scenario, incoming)
    allowed = allowed_numbers(scenario, [system, *(text for _, text in history)])
    indices = [scenario.facts.index(f) for f in asked]
    rejected: list[list[str]] = []
    prompt = system
    for attempt in range(1, tries + 1):
        drafted = time.monotonic()
        messages = [{"role": "system", "content": prompt}, *({"role": r, "content": t} for r, t in history)]
        try:
            text = complete(model, messages, timeout=max(5.0, budget_s - (drafted - started))).strip()
        except Exception as exc:
            error = f"{type(exc).__name__}: {str(exc)[:200]}"
            if attempt == 1 and not asked:
                raise
            return Draft(fallback_reply(scenario, asked, incoming), "fallback", len(rejected), rejected, indices,
                         time.monotonic() - started, error)
        found = problems(text, scenario, asked, allowed)
        if not found:
            return Draft(text, "llm", attempt, rejected, indices, time.monotonic() - started)
        rejected.append(found)
        prompt = f"{system}\n\n{correction(found, asked)}"
        if time.monotonic() + (time.monotonic() - drafted) - started > budget_s:
            break
    return Draft(fallback_reply(scenario, asked, incoming), "fallback", len(rejected), rejected, indices,
                 time.monotonic() - started)
