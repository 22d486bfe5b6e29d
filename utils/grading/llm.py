"""``llm_judge``: ask the environment LLM (through litellm) whether a text meets a predicate.

Configuration comes from ``LITELLM_MODEL``, ``LITELLM_API_KEY`` and ``LITELLM_BASE_URL``;
``WORKFLOOR_JUDGE_SAMPLES`` (default 1) sets how many answers are drawn and voted on. The judge answers
in JSON, a brief reason then a verdict. The deterministic ``fallback`` (when given) is computed alongside
and decides when no model is configured, the model cannot be reached, or its answers give no majority;
without one those cases raise :class:`LLMUnavailable` (inside ``@grader`` that fails the checkpoint).
Every judgment (reasons, votes, fallback, disagreement) is recorded; ``eval.py`` writes them to eval.json.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable
from typing import Any, Literal

from .formats import Judgment

OFFLINE_MODEL = "offline"
_RECORD: list[Judgment] = []
_LOCK = threading.Lock()
_NO_SCHEMA: set[str] = set()  # models whose API refused structured output; asked in plain text since

VERDICT_SCHEMA: dict[str, Any] = {
    "type": "json_schema",
    "json_schema": {"name": "verdict", "strict": True, "schema": {
        "type": "object", "additionalProperties": False, "required": ["reason", "verdict"],
        "properties": {"reason": {"type": "string"}, "verdict": {"type": "string", "enum": ["yes", "no"]}},
    }},
}

JUDGE_SYSTEM = (
    "You are a strict, fair grader. You are shown some content and a statement about it. Decide whether the "
    "statement is true of the content, using only the content. Answer with JSON only, in this form: "
    '{"reason": "<one or two short sentences>", "verdict": "yes"} (or "no" when the statement is not true).'
)


class LLMUnavailable(RuntimeError):
    """No environment LLM is configured, or it could not be reached."""


def llm_configured() -> bool:
    model = os.environ.get("LITELLM_MODEL", "").strip()
    return bool(model) and model != OFFLINE_MODEL


def ask_llm(messages: list[dict[str, str]], *, max_tokens: int = 300, temperature: float = 0.0,
            response_format: dict[str, Any] | None = None) -> str:
    """One chat completion from the environment LLM; returns the reply text.

    With ``response_format``, a model whose API rejects it is asked again (and from then on) without it.
    """
    if not llm_configured():
        raise LLMUnavailable("no environment LLM configured (LITELLM_MODEL)")
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    model = os.environ["LITELLM_MODEL"]
    extra = {"response_format": response_format} if response_format and model not in _NO_SCHEMA else {}
    try:
        response = litellm.completion(
            model=model, api_key=os.environ.get("LITELLM_API_KEY") or None,
            base_url=os.environ.get("LITELLM_BASE_URL") or None, messages=messages,
            temperature=temperature, max_tokens=max_tokens, timeout=120, **extra,
        )
    except Exception as exc:
        if extra and type(exc).__name__ in ("BadRequestError", "UnsupportedParamsError"):
            _NO_SCHEMA.add(model)
            return ask_llm(messages, max_tokens=max_tokens, temperature=temperature)
        raise LLMUnavailable(f"environment LLM call failed: {type(exc).__name__}: {exc}") from exc
    return str(response.choices[0].message.content or "")


def parse_verdict(reply: str) -> tuple[bool | None, str]:
    """(verdict, reason) from a judge's reply: JSON ``{"reason", "verdict"}``, else a leading or labelled
    yes/no; verdict None when the reply says neither."""
    text = reply.strip()
    match = re.search(r"\{.*\}", text, re.DOTALL)
    if match:
        try:
            data = json.loads(match.group(0))
        except ValueError:
            data = None
        if isinstance(data, dict):
            reason = str(data.get("reason", "")).strip()
            verdict = str(data.get("verdict", "")).strip().lower()
            if verdict in ("yes", "true"):
                return True, reason
            if verdict in ("no", "false"):
                return False, reason
    labelled = re.search(r"verdict\W{0,5}(yes|no|true|false)\b", text, re.IGNORECASE)
    leading = re.match(r"\W*(yes|no)\b", text, re.IGNORECASE)
    found = labelled or leading
    if found:
        return found.group(1).lower() in ("yes", "true"), text[:300]
    return None, text[:300]


def _samples() -> int:
    try:
        return max(1, int(os.environ.get("WORKFLOOR_JUDGE_SAMPLES", "1")))
    except ValueError:
        return 1


def llm_judge(content: str, predicate: str, *, fallback: Callable[[str], bool] | None = None,
              samples: int | None = None) -> bool:
    """True when the environment LLM judges that ``predicate`` holds for ``content`` (majority of
    ``samples`` answers). The judgment is recorded; see the module docstring for the fallback rules."""
    fallback_verdict = bool(fallback(content)) if fallback is not None else None
    if not llm_configured():
        if fallback_verdict is None:
            raise LLMUnavailable("no environment LLM configured and no fallback check given")
        _record(Judgment(predicate=predicate, verdict=fallback_verdict, source="fallback",
                         fallback=fallback_verdict))
        return fallback_verdict
    count = samples or _samples()
    messages = [
        {"role": "system", "content": JUDGE_SYSTEM},
        {"role": "user", "content": f"Content:\n<<<\n{content}\n>>>\n\nStatement: {predicate}\n\n"
                                    "Is the statement true of the content? Answer in JSON."},
    ]
    votes: list[bool | None] = []
    reasons: list[str] = []
    error = None
    for _ in range(count):
        try:
            reply = ask_llm(messages, max_tokens=300, temperature=0.0 if count == 1 else 0.7,
                            response_format=VERDICT_SCHEMA)
        except LLMUnavailable as exc:
            error = str(exc)
            break
        verdict, reason = parse_verdict(reply)
        votes.append(verdict)
        reasons.append(reason)
    yes, no = votes.count(True), votes.count(False)
    model = os.environ.get("LITELLM_MODEL")
    source: Literal["llm", "fallback"]
    if yes != no:
        decided, source = yes > no, "llm"
    elif fallback_verdict is not None:
        decided, source = fallback_verdict, "fallback"
    else:
        _record(Judgment(predicate=predicate, verdict=False, source="none", model=model, reasons=reasons,
                         votes=votes, error=error or "no majority verdict"))
        raise LLMUnavailable(error or "the environment LLM gave no majority verdict")
    _record(Judgment(
        predicate=predicate, verdict=decided, source=source, model=model, reasons=reasons, votes=votes,
        fallback=fallback_verdict, error=error,
        disagrees=fallback_verdict is not None and yes != no and (yes > no) != fallback_verdict,
    ))
    return decided


def _record(judgment: Judgment) -> None:
    with _LOCK:
        _RECORD.append(judgment)


def take_judgments() -> list[Judgment]:
    """The judgments made so far in this process (oldest first); the record is emptied."""
    with _LOCK:
        taken = list(_RECORD)
        _RECORD.clear()
    return taken
