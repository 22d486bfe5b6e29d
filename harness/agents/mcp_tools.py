"""The MCP face of a run: the task's tools, instruction and access details on an ``MCPServer`` (mcp SDK 2.x).

Tools: ``bash``, ``read_file``, ``write_file``, the ``browser_*`` actions (when a chromium is installed) and
``finish``; they run through the built-in agents' ``ToolBox`` (same per-command timeout and output caps), one
at a time on one worker thread (Playwright's sync API is bound to its thread). Every call and its result is
one ATIF agent step. The instruction is the server's instructions, the ``task`` prompt and the resource
``workfloor://task/instruction``; the services, login and workstation are the JSON resource
``workfloor://task/access``. The client's ``clientInfo`` is kept from the first request that carries it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import Image, MCPServer
from mcp.server.mcpserver.exceptions import ToolError

from .. import __version__
from ..run.record import ClientInfo
from ..run.recorder import ToolResult
from .base import AgentContext
from .browser import Browser, BrowserUnavailable, find_chromium
from .tools import ToolBox

SERVER_NAME = "workfloor"
PREAMBLE = """You are a new employee at Tallgrass Systems, working at your own Linux workstation (a container).
The tools of this server act on it: run shell commands (cwd /workspace), read and write files, and use a
web browser for the company's web applications. Your login and the services' URLs are in the resource
workfloor://task/access. When you are done, call `finish` with a short summary or the answer asked for:
the task is graded as it stands when you finish, disconnect, or run out of time.

The task:
"""
INSTRUCTION_URI = "workfloor://task/instruction"
ACCESS_URI = "workfloor://task/access"
CLOSE_TIMEOUT_S = 10.0


class RunOver(Exception):
    """A tool was called after the examinee's time ended."""


class TaskSession:
    """What the MCP server shares with the agent: one worker thread, the browser, finish, the client."""

    def __init__(self, ctx: AgentContext, browser: bool = True):
        self.ctx = ctx
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mcp-tools")
        self._browser: Browser | None = None
        self.browser_note: str | None = None
        if browser:
            try:
                find_chromium()
                access = ctx.services
                sign_in = (access.urls, ctx.task.services, access.username, access.password)
                self._browser = Browser(access.server_hostname, ctx.output_dir / "screenshots",
                                        ctx.output_dir / "browser-state.json",
                                        sign_in=sign_in if ctx.task.services and access.username else None)
            except BrowserUnavailable:
                self.browser_note = "no browser available: browser tools disabled"
        self._toolbox = ToolBox(ctx, self._browser)
        self._signed_in_recorded = False
        self._lock = threading.Lock()
        self.finished = threading.Event()
        self.answer: str | None = None
        self.client: ClientInfo | None = None
        self.over = False
        self.last_activity = time.monotonic()
        self.first_request: float | None = None
        self.busy = 0

    @property
    def has_browser(self) -> bool:
        return self._browser is not None

    def touch(self) -> None:
        now = time.monotonic()
        self.last_activity = now
        if self.first_request is None:
            self.first_request = now

    def note_client(self, name: str, version: str) -> None:
        with self._lock:
            if self.client is None:
                self.client = ClientInfo(name=name, version=version)
                identity = {"mcp_client": {"name": name, "version": version}}
                recorder = self.ctx.recorder
                recorder.system(f"MCP client connected: {name} {version}", extra=identity)
                recorder.agent = recorder.agent.model_copy(update={"extra": identity})

    async def call(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        """Run one tool call on the worker thread and record it as one agent step."""
        if self.over:
            raise RunOver("the run is over: this examinee's time has ended")
        self.busy += 1
        try:
            future: Future[ToolResult] = self._worker.submit(self._call_on_worker, name, arguments)
            return await asyncio.wrap_future(future)
        finally:
            self.busy -= 1
            self.touch()

    def _call_on_worker(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        if self.over:
            raise RunOver("the run is over: this examinee's time has ended")
        if name.startswith("browser_") and self._browser is not None and not self._signed_in_recorded:
            self._signed_in_recorded = True
            self._browser.start()
            if self._browser.sign_in_outcome:
                self.ctx.recorder.system("Browser signed in on first use: " + ", ".join(
                    f"{k} {v}" for k, v in self._browser.sign_in_outcome.items()))
        result = self._toolbox.call(name, arguments)
        self.ctx.recorder.agent_step("", [result])
        return result

    def finish(self, answer: str) -> None:
        with self._lock:
            if self.finished.is_set():
                return
            self.answer = answer
            self.ctx.recorder.agent_step("", [ToolResult("finish", {"answer": answer}, "finished")])
            self.finished.set()

    def close(self) -> None:
        """Refuse further calls, close the browser on its own thread, let the worker go."""
        self.over = True
        if self._browser is not None:
            done = self._worker.submit(self._browser.close)
            try:
                done.result(timeout=CLOSE_TIMEOUT_S)
            except Exception:
                pass
        self._worker.shutdown(wait=False, cancel_futures=True)


def access_details(ctx: AgentContext) -> dict[str, Any]:
    access = ctx.services
    return {
        "services": dict(sorted(access.urls.items())),
        "username": access.username,
        "password": access.password,
        "server_hostname": access.server_hostname,
        "workstation": {"container": ctx.sandbox.name, "workdir": "/workspace", "shell": "bash"},
    }


def build_server(session: TaskSession) -> MCPServer[Any]:
    """The MCP server for one run (tools, the instruction as instructions/prompt/resource, access details)."""
    run = session.ctx

    async def observe(ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        session.touch()
        try:
            return await call_next(ctx)
        finally:
            params = ctx.session.client_params
            if params is not None:
                session.note_client(params.client_info.name, params.client_info.version)

    server: MCPServer[Any] = MCPServer(
        name=SERVER_NAME, title=f"workfloor task {run.task.name}", version=__version__,
        instructions=PREAMBLE + run.instruction, log_level="WARNING", middleware=[observe],
        warn_on_duplicate_tools=False,
    )

    async def text_of(name: str, arguments: dict[str, Any]) -> str:
        try:
            result = await session.call(name, arguments)
        except RunOver as exc:
            raise ToolError(str(exc)) from None
        if result.output.startswith("error:"):
            raise ToolError(result.output)
        return result.output

    async def bash(command: str, timeout: int | None = None) -> str:
        """Run a bash command on your workstation (cwd /workspace); returns its output and exit code."""
        return await text_of("bash", {"command": command, **({"timeout": timeout} if timeout else {})})

    async def read_file(path: str) -> str:
        """Read a text file from the workstation."""
        return await text_of("read_file", {"path": path})

    async def write_file(path: str, content: str) -> str:
        """Create or overwrite a text file on the workstation."""
        return await text_of("write_file", {"path": path, "content": content})

    async def finish(answer: str = "") -> str:
        """Call when the task is done (or cannot be done), with your final answer or a short summary."""
        if session.over:
            raise ToolError("the run is over: this examinee's time has ended")
        session.finish(answer)
        return "Finished: the task will now be graded and this server will close."

    for tool in (bash, read_file, write_file, finish):
        server.add_tool(tool, structured_output=False)
    if session.has_browser:
        _add_browser_tools(server, session, text_of)

    @server.prompt(name="task", description="The task to do, with how to work on it.")
    def task_prompt() -> str:
        return PREAMBLE + run.instruction

    @server.resource(INSTRUCTION_URI, name="instruction", description="The task's instruction.",
                     mime_type="text/markdown")
    def instruction() -> str:
        return run.instruction

    @server.resource(ACCESS_URI, name="access", mime_type="application/json",
                     description="The company's service URLs, your login, and your workstation.")
    def access() -> str:
        return json.dumps(access_details(run), indent=2)

    return server


def _add_browser_tools(server: MCPServer[Any], session: TaskSession, text_of: Any) -> None:
    async def browser_navigate(url: str) -> str:
        """Open a URL in the web browser; returns the page as text."""
        return str(await text_of("browser_navigate", {"url": url}))

    async def browser_click(selector: str | None = None, text: str | None = None) -> str:
        """Click an element, by CSS selector or by its visible text; returns the page as text."""
        args = {k: v for k, v in (("selector", selector), ("text", text)) if v is not None}
        return str(await text_of("browser_click", args))

    async def browser_type(selector: str, text: str, submit: bool = False) -> str:
        """Fill a form field (CSS selector); optionally press Enter."""
        return str(await text_of("browser_type", {"selector": selector, "text": text, "submit": submit}))

    async def browser_read() -> str:
        """The current page as an accessibility tree / text."""
        return str(await text_of("browser_read", {}))

    async def browser_screenshot() -> list[Any]:
        """A screenshot of the current page (also kept in the run's record)."""
        try:
            result = await session.call("browser_screenshot", {})
        except RunOver as exc:
            raise ToolError(str(exc)) from None
        if result.output.startswith("error:"):
            raise ToolError(result.output)
        shot = session.ctx.output_dir / str(result.extra["screenshots"])
        return [result.output, Image(path=shot)]

    for tool in (browser_navigate, browser_click, browser_type, browser_read):
        server.add_tool(tool, structured_output=False)
    server.add_tool(browser_screenshot, structured_output=False)
