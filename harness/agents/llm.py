"""``llm`` (a model through litellm) and ``http`` (an OpenAI-compatible endpoint that chooses actions).

Both run the same function-calling loop with the same tools (shell, files, browser, finish). Limits:
steps, total tokens, total cost (USD) and the run's wall clock. The system prompt is step 1 of the
trajectory; every model step records usage, cost, finish reason and duration. A reply without a tool call
is nudged once (``no_tool_call="nudge"``) before it counts as the answer. Errors that cannot succeed on a
retry (authentication, context window, bad request) end the run at once; others are retried twice.
Models without a known price (local models, the http agent) cost 0, and the cost limit cannot apply.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from typing import Any, Literal

from .. import __version__
from .base import Agent, AgentContext, AgentError, AgentLimitReached, AgentOutcome
from .browser import Browser, BrowserUnavailable, find_chromium
from .tools import FinishCalled, ToolBox

SYSTEM_PROMPT = """You are a new employee at Tallgrass Systems, working at your own Linux workstation.
Use the tools to do the task you are given: run shell commands, read and write files, and use the web
browser for the company's web applications. Work step by step and check your results.
Your files are in /workspace. When you are done, call `finish` with a short summary or the answer asked for.
{services}"""

NUDGE = ("You replied without calling a tool. If the task is done, call `finish` with your answer or summary; "
         "otherwise continue with the tools.")
RETRIES = 2
FATAL_ERRORS = {"AuthenticationError", "PermissionDeniedError", "ContextWindowExceededError", "BadRequestError",
                "NotFoundError", "UnsupportedParamsError", "ContentPolicyViolationError", "PaymentRequiredError",
                "BudgetExceededError", "UnprocessableEntityError"}
NoToolCall = Literal["nudge", "answer"]


@dataclass
class LLMSettings:
    model: str
    api_base: str | None = None
    api_key: str | None = None
    max_steps: int = 60
    max_tokens: int = 2_000_000
    max_cost_usd: float = 5.0
    browser: bool = True
    temperature: float = 0.0
    no_tool_call: NoToolCall = "nudge"


def _litellm() -> Any:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    litellm.suppress_debug_info = True
    return litellm


def is_fatal(exc: BaseException) -> bool:
    """True for model errors a retry cannot fix (authentication, context window exceeded, bad request)."""
    return any(cls.__name__ in FATAL_ERRORS for cls in type(exc).__mro__)


def price_known(litellm: Any, model: str) -> bool:
    """True when litellm knows what ``model`` costs (local and unknown models: False)."""
    try:
        info = litellm.get_model_info(model)
    except Exception:
        return False
    return bool(info.get("input_cost_per_token") or info.get("output_cost_per_token"))


class LLMAgent(Agent):
    def __init__(self, settings: LLMSettings, kind: str = "llm"):
        self.settings = settings
        self.name = kind
        self.version = __version__
        self.model_name = settings.model
        self._browser: Browser | None = None
        self._priced = False

    def _services_text(self, ctx: AgentContext) -> str:
        access = ctx.services
        if not access.urls:
            return ""
        lines = [f"- {name}: {url}" for name, url in sorted(access.urls.items())]
        login = f"\nYour login on every service: username {access.username}, password {access.password}."
        return "The company's services:\n" + "\n".join(lines) + (login if access.username else "")

    def run(self, ctx: AgentContext) -> AgentOutcome:
        litellm = _litellm()
        if self.settings.browser:
            try:
                find_chromium()
                storage = ctx.output_dir / "browser-state.json"
                access = ctx.services
                sign_in = (access.urls, ctx.task.services, access.username, access.password)
                self._browser = Browser(access.server_hostname, ctx.output_dir / "screenshots", storage,
                                        sign_in=sign_in if ctx.task.services and access.username else None)
                if ctx.task.services:
                    self._browser.start()
                    ctx.recorder.system("Browser signed in before the examinee started: " + ", ".join(
                        f"{k} {v}" for k, v in self._browser.sign_in_outcome.items()))
            except BrowserUnavailable:
                ctx.recorder.notes.append("no browser available: browser tools disabled")
        tools = ToolBox(ctx, self._browser)
        system = SYSTEM_PROMPT.format(services=self._services_text(ctx))
        ctx.recorder.system_first(system, extra={"system_prompt": True})
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": system},
            {"role": "user", "content": ctx.instruction},
        ]
        self._priced = self.name == "llm" and price_known(litellm, self.settings.model)
        if not self._priced:
            note = (f"{self.settings.model}: no known price, cost recorded as 0; "
                    f"--max-cost (${self.settings.max_cost_usd:g}) cannot apply")
            ctx.recorder.notes.append(note)
            print(f"note: {note}", file=sys.stderr, flush=True)
        try:
            return self._loop(ctx, litellm, tools, messages)
        finally:
            if self._browser is not None:
                self._browser.close()

    def _complete(self, ctx: AgentContext, litellm: Any, tools: ToolBox, messages: list[dict[str, Any]]) -> Any:
        """One model call; transient errors retried (twice), errors a retry cannot fix raised at once."""
        s = self.settings
        for attempt in range(RETRIES + 1):
            try:
                return litellm.completion(
                    model=s.model, messages=messages, tools=tools.schemas(), tool_choice="auto",
                    api_base=s.api_base, api_key=s.api_key, temperature=s.temperature,
                    timeout=max(5.0, min(300.0, ctx.remaining())), num_retries=0,
                )
            except Exception as exc:
                detail = f"{type(exc).__name__}: {str(exc)[:300]}"
                if is_fatal(exc) or attempt == RETRIES or ctx.remaining() < 5 or ctx.cancelled.is_set():
                    tried = f" after {attempt + 1} attempts" if attempt else ""
                    raise AgentError(f"model call failed{tried}: {detail}") from None
                ctx.recorder.notes.append(f"model call failed, retrying: {detail[:200]}")
                time.sleep(min(2.0 ** attempt, ctx.remaining()))
        raise AssertionError("unreachable")

    def _loop(self, ctx: AgentContext, litellm: Any, tools: ToolBox, messages: list[dict[str, Any]]) -> AgentOutcome:
        s = self.settings
        nudged = False
        for _ in range(s.max_steps):
            if ctx.cancelled.is_set() or ctx.remaining() <= 0:
                return AgentOutcome()
            started = time.monotonic()
            response = self._complete(ctx, litellm, tools, messages)
            model_s = time.monotonic() - started
            choice = response.choices[0]
            message = choice.message
            reported = str(getattr(response, "model", "") or "") or None
            if self.name == "http" and reported and reported != self.model_name:
                self.model_name = reported  # the run records the model the endpoint says it serves
                ctx.recorder.agent.model_name = reported
            usage = getattr(response, "usage", None)
            prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
            completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
            cost = 0.0
            if self._priced:
                try:
                    cost = float(litellm.completion_cost(completion_response=response))
                except Exception:
                    cost = 0.0
            calls = list(message.tool_calls or [])
            messages.append(_assistant_message(message.content, calls))
            results, answer, finished = [], None, False
            for call in calls:
                try:
                    result = tools.call(call.function.name, call.function.arguments, call_id=call.id)
                except FinishCalled as done:
                    from ..run.recorder import ToolResult

                    result = ToolResult("finish", {"answer": done.answer}, "finished", call_id=call.id)
                    answer, finished = done.answer, True
                results.append(result)
                messages.append({"role": "tool", "tool_call_id": call.id, "content": result.output})
            extra = {"finish_reason": getattr(choice, "finish_reason", None), "model_s": round(model_s, 3),
                     "duration_s": round(time.monotonic() - started, 3)}
            ctx.recorder.agent_step(message.content or "", results, model_name=self.model_name,
                                    prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, cost_usd=cost,
                                    extra=extra)
            if finished:
                return AgentOutcome(answer=answer)
            if not calls:
                if s.no_tool_call == "answer" or nudged:
                    return AgentOutcome(answer=message.content)
                nudged = True
                messages.append({"role": "user", "content": NUDGE})
                ctx.recorder.user(NUDGE, extra={"nudge": True})
                continue
            nudged = False
            if ctx.recorder.prompt_tokens + ctx.recorder.completion_tokens > s.max_tokens:
                raise AgentLimitReached(f"token limit ({s.max_tokens}) reached")
            if self._priced and ctx.recorder.cost_usd > s.max_cost_usd:
                raise AgentLimitReached(f"cost limit (${s.max_cost_usd}) reached")
        raise AgentLimitReached(f"step limit ({s.max_steps}) reached")


def _assistant_message(content: str | None, calls: list[Any]) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content or ""}
    if calls:
        message["tool_calls"] = [
            {"id": c.id, "type": "function", "function": {"name": c.function.name, "arguments": c.function.arguments}}
            for c in calls
        ]
    return message
