"""The tools the built-in agents (llm, http) act with, as function-calling schemas and their execution."""

from __future__ import annotations

import json
from typing import Any

from ..run.recorder import ToolResult, cap_text
from .base import AgentContext
from .browser import Browser

OBSERVATION_LIMIT = 15_000

SHELL_TOOLS: list[dict[str, Any]] = [
    {"type": "function", "function": {
        "name": "bash",
        "description": "Run a bash command in your Linux workstation (cwd /workspace). Returns stdout, stderr "
                       "and the exit code. Long output is cut.",
        "parameters": {"type": "object", "properties": {
            "command": {"type": "string", "description": "the command line"},
            "timeout": {"type": "integer", "description": "seconds (optional, capped by the task's limit)"},
        }, "required": ["command"]}}},
    {"type": "function", "function": {
        "name": "read_file",
        "description": "Read a text file from the workstation.",
        "parameters": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}}},
    {"type": "function", "function": {
        "name": "write_file",
        "description": "Create or overwrite a text file on the workstation.",
        "parameters": {"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
                       "required": ["path", "content"]}}},
    {"type": "function", "function": {
        "name": "finish",
        "description": "Call when the task is done (or cannot be done), with your final answer or summary.",
        "parameters": {"type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]}}},
]

BROWSER_TOOLS: list[dict[str, Any]] = [
    {"type": "function", "function": {
        "name": "browser_navigate", "description": "Open a URL in the web browser; returns the page as text.",
        "parameters": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}}},
    {"type": "function", "function": {
        "name": "browser_click",
        "description": "Click an element, by CSS selector or by its visible text; returns the page as text.",
        "parameters": {"type": "object", "properties": {"selector": {"type": "string"}, "text": {"type": "string"}}}}},
    {"type": "function", "function": {
        "name": "browser_type", "description": "Fill a form field (CSS selector); optionally press Enter.",
        "parameters": {"type": "object", "properties": {
            "selector": {"type": "string"}, "text": {"type": "string"}, "submit": {"type": "boolean"}},
            "required": ["selector", "text"]}}},
    {"type": "function", "function": {
        "name": "browser_read", "description": "The current page as an accessibility tree / text.",
        "parameters": {"type": "object", "properties": {}}}},
    {"type": "function", "function": {
        "name": "browser_screenshot", "description": "Save a screenshot of the current page (for the record).",
        "parameters": {"type": "object", "properties": {}}}},
]


class FinishCalled(Exception):
    def __init__(self, answer: str):
        super().__init__(answer)
        self.answer = answer


class ToolBox:
    """Executes tool calls against the sandbox and the browser; every result is a ToolResult."""

    def __init__(self, ctx: AgentContext, browser: Browser | None):
        self.ctx = ctx
        self.browser = browser

    def schemas(self) -> list[dict[str, Any]]:
        return SHELL_TOOLS + (BROWSER_TOOLS if self.browser else [])

    def call(self, name: str, raw_arguments: str | dict[str, Any], call_id: str | None = None) -> ToolResult:
        """Run one call; errors become the observation (the agent can recover), FinishCalled ends the run."""
        try:
            arguments = raw_arguments if isinstance(raw_arguments, dict) else json.loads(raw_arguments or "{}")
            if not isinstance(arguments, dict):
                raise ValueError("arguments must be a JSON object")
        except ValueError as exc:
            return ToolResult(name, {"_raw": str(raw_arguments)}, f"error: invalid arguments: {exc}", call_id=call_id)
        extra: dict[str, Any] = {}
        try:
            output = self._dispatch(name, arguments, extra)
        except FinishCalled:
            raise
        except Exception as exc:
            output = f"error: {type(exc).__name__}: {exc}"
        text, original = cap_text(output, OBSERVATION_LIMIT)
        return ToolResult(name, arguments, text, call_id=call_id, original_chars=original, extra=extra)

    def _dispatch(self, name: str, args: dict[str, Any], extra: dict[str, Any]) -> str:
        sandbox = self.ctx.sandbox
        if name == "bash":
            limit = self.ctx.command_timeout
            timeout = min(limit, int(args.get("timeout") or limit), max(1, int(self.ctx.remaining())))
            result = sandbox.exec(["bash", "-c", str(args["command"])], timeout=timeout, workdir="/workspace")
            extra["exit_code"] = result.returncode
            return f"{result.combined()}\n[exit code {result.returncode}]"
        if name == "read_file":
            return sandbox.read_file(str(args["path"])).decode("utf-8", errors="replace")
        if name == "write_file":
            data = str(args["content"]).encode()
            sandbox.write_file(str(args["path"]), data)
            return f"wrote {len(data)} bytes to {args['path']}"
        if name == "finish":
            raise FinishCalled(str(args.get("answer", "")))
        if self.browser is None or not name.startswith("browser_"):
            return f"error: unknown tool {name!r}"
        if name == "browser_screenshot":
            return f"saved {self._screenshot(extra)}"
        if name == "browser_navigate":
            output = self.browser.navigate(str(args["url"]))
        elif name == "browser_click":
            output = self.browser.click(args.get("selector"), args.get("text"))
        elif name == "browser_type":
            output = self.browser.type(str(args["selector"]), str(args["text"]), bool(args.get("submit")))
        elif name == "browser_read":
            output = self.browser.read()
        else:
            return f"error: unknown tool {name!r}"
        try:  # what the agent saw, for the record (the step's extra.screenshots); never fails the action
            self._screenshot(extra)
        except Exception:
            pass
        return output

    def _screenshot(self, extra: dict[str, Any]) -> str:
        """Save the page as a PNG in the run folder; ``extra["screenshots"]`` = its path relative to the folder."""
        assert self.browser is not None
        path = self.browser.screenshot()
        extra["screenshots"] = path.relative_to(self.ctx.output_dir).as_posix()
        return path.name
