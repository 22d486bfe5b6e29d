"""A deterministic OpenAI-compatible chat server for tests (a test double for the environment LLM
and for agent models). Runs in a thread on 127.0.0.1; litellm reaches it as ``openai/<alias>`` with
``api_base=server.base_url``.

``responder(request_json) -> Reply`` decides each answer: text, tool calls, or an HTTP error.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str | None = None
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (name, arguments)
    status: int = 200
    delay_s: float = 0.0
    error_message: str = "scripted failure"


Responder = Callable[[dict[str, Any]], Reply]


class FakeLLM:
    """Start with ``with FakeLLM(responder) as llm:``; ``llm.requests`` records every request body.
    A reply with status 401, or 400 and a message about the context length, mimics an authentication or a
    context-window error."""

    def __init__(self, responder: Responder, served_model: str | None = None):
        self.responder = responder
        self.served_model = served_model  # the model name responses report (default: the requested one)
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                outer.requests.append(body)
                reply = outer.responder(body)
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                if reply.status != 200:
                    self._send(reply.status, {"error": {"message": reply.error_message, "type": "server_error"}})
                    return
                message: dict[str, Any] = {"role": "assistant", "content": reply.content}
                if reply.tool_calls:
                    message["tool_calls"] = [
                        {"id": f"call_{uuid.uuid4().hex[:8]}", "type": "function",
                         "function": {"name": name, "arguments": json.dumps(args)}}
                        for name, args in reply.tool_calls
                    ]
                prompt_tokens = sum(len(str(m.get("content") or "")) // 4 + 1 for m in body.get("messages", []))
                completion_tokens = len(json.dumps(message)) // 4 + 1
                self._send(200, {
                    "id": f"chatcmpl-{uuid.uuid4().hex[:8]}", "object": "chat.completion",
                    "created": int(time.time()), "model": outer.served_model or body.get("model", "fake"),
                    "choices": [{"index": 0, "message": message,
                                 "finish_reason": "tool_calls" if reply.tool_calls else "stop"}],
                    "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                              "total_tokens": prompt_tokens + completion_tokens},
                })

            def do_GET(self) -> None:
                self._send(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def env(self, model: str = "openai/fake") -> dict[str, str]:
        """Environment variables that point litellm users (eval.py, colleagues) at this server."""
        return {"LITELLM_MODEL": model, "LITELLM_API_KEY": "test-key", "LITELLM_BASE_URL": self.base_url}

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def last_user_text(request: dict[str, Any]) -> str:
    for message in reversed(request.get("messages", [])):
        if message.get("role") == "user":
            content = message.get("content")
            return content if isinstance(content, str) else json.dumps(content)
    return ""


# ------------------------------------------------------------------ an environment LLM for office tasks
# Plays simulated colleagues who state the facts of their instructions (in several phrasings) and a judge.

FACTS_HEADER = "Facts you must get exactly right"
STYLES = ("verbatim", "paraphrased", "reordered", "small_talk")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday"}
_WORDS = {2: "two", 3: "three", 5: "five", 13: "thirteen", 16: "sixteen"}


def persona_facts(system: str) -> list[str]:
    """The fact lines of a colleague's system prompt (what a faithful colleague must convey)."""
    if FACTS_HEADER not in system:
        return []
    lines = system.split(FACTS_HEADER, 1)[1].splitlines()[1:]
    facts = []
    for line in lines:
        if not line.startswith("- "):
            break
        if not line.startswith("- Never say:"):
            facts.append(line[2:].strip())
    return facts


def _clock(hour: int, minute: int) -> str:
    suffix = "pm" if hour >= 12 else "am"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {suffix}"


def paraphrase(text: str) -> str:
    """The same facts in other words: long dates, 12-hour clock, number words, 'at least' for 'or more'."""
    import re as _re

    text = _re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b",
                   lambda m: f"{_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}, {m.group(1)}", text)
    text = _re.sub(r"\b(Mon|Tue|Wed|Thu|Fri) (\d{2})-(\d{2})\b",
                   lambda m: f"{_WEEKDAYS[m.group(1)]}, {_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}", text)
    text = _re.sub(r"\b(\d{1,2}):(\d{2})\b(?!-)", lambda m: _clock(int(m.group(1)), int(m.group(2))), text)
    text = _re.sub(r"(\d+(?:\.\d+)?) (days )?or more", lambda m: f"at least {float(m.group(1)):g} days", text)
    text = _re.sub(r"(?<=\s)(\d{1,2})(?= (hours|provinces|beers))", lambda m: _WORDS.get(int(m.group(1)), m.group(1)),
                   text)
    text = _re.sub(r"(\b[A-Z][a-z]+ \d{1,2}) (\d{1,2}:\d{2} [ap]m)", r"\1 at \2", text)
    text = text.replace(" per hour", " an hour").replace(" per week", " a week")
    return text.replace("I chose ", "My pick is ").replace(" should go to ", " is best handed to ")


def colleague_reply(system: str, style: str) -> str:
    facts = persona_facts(system)
    if not facts:
        return "Hi! What do you need?"
    if style == "paraphrased":
        facts = [paraphrase(f) for f in facts]
    elif style == "reordered":
        facts = list(reversed(facts))
    body = "\n".join(facts)
    if style == "small_talk":
        return f"Hey Kai, good to hear from you! Hope the first weeks are treating you well.\n{body}\n" \
               "Anyway, shout if anything is unclear. Have a good afternoon!"
    return body


def judge_reply(request: dict[str, Any], decide: Callable[[str], bool] | None = None) -> str:
    """A JSON verdict; ``decide(user_text)`` chooses it (default: yes)."""
    verdict = decide(last_user_text(request)) if decide else True
    return json.dumps({"reason": "checked against the content", "verdict": "yes" if verdict else "no"})


def office_llm(style: str = "verbatim", decide: Callable[[str], bool] | None = None) -> Responder:
    """A responder that judges (JSON verdicts) and plays colleagues faithfully in ``style`` ("rotate": each
    colleague reply in the next of STYLES)."""
    replies = iter(range(1 << 30))

    def respond(request: dict[str, Any]) -> Reply:
        system = str(request["messages"][0].get("content") or "")
        if system.startswith("You are a strict, fair grader"):
            return Reply(content=judge_reply(request, decide))
        chosen = STYLES[next(replies) % len(STYLES)] if style == "rotate" else style
        return Reply(content=colleague_reply(system, chosen))
    return respond
