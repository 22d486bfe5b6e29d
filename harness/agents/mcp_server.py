"""``mcp``: any MCP client is the examinee; the run serves the task as an MCP server (streamable HTTP at /mcp).

The server listens from the moment the agent is made (``--mcp-listen HOST:PORT``, port 0 = any free port;
a busy port is an input error before the run starts) and answers once the container is initialised. While
it serves, ``mcp-endpoint.json`` in the run folder holds ``{run_id, url, pid}`` (``harness mcp-stdio`` finds a
run through it); it is removed when the agent phase ends. The phase ends when:
  - the client calls ``finish`` (its answer becomes the run's answer): completed;
  - the client closes its session (HTTP DELETE) and does not come back within ``DISCONNECT_GRACE_S``, or no
    request arrives for ``idle_timeout`` seconds once a client has connected: completed, graded as it stands,
    with a system step and a note saying why;
  - the wall clock runs out or the run is interrupted (the lifecycle calls ``stop()``): timeout / interrupted.
The client's identity is ``client_info`` (for run.json's agent record) and ``agent.extra.mcp_client`` in the
trajectory.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any

from grading.atomic import write_atomically

from .. import __version__
from ..errors import InputError
from ..run.record import ClientInfo
from .base import Agent, AgentContext, AgentError, AgentOutcome
from .mcp_tools import TaskSession, build_server

DEFAULT_LISTEN = "127.0.0.1:8377"
DEFAULT_IDLE_TIMEOUT_S = 600.0
DISCONNECT_GRACE_S = 5.0
FINISH_FLUSH_S = 0.5
SHUTDOWN_TIMEOUT_S = 5.0
ENDPOINT_FILE = "mcp-endpoint.json"
MCP_PATH = "/mcp"


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) -> (host, port); InputError when malformed."""
    host, sep, port_text = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
        raise InputError(f"--mcp-listen {text!r}: expected HOST:PORT, for example {DEFAULT_LISTEN}")
    return host, int(port_text)


class _Watch:
    """ASGI wrapper: every HTTP request is activity; a DELETE (session closed) starts the disconnect grace."""

    def __init__(self, app: Any, session: TaskSession):
        self.app, self.session = app, session
        self.closed_at: float | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.session.touch()
            self.closed_at = time.monotonic() if scope.get("method") == "DELETE" else None
        await self.app(scope, receive, send)


class MCPAgent(Agent):
    """Serves the task over MCP and waits for a client to do it (see the module doc)."""

    name = "mcp"
    version = __version__

    def __init__(self, listen: str = DEFAULT_LISTEN, idle_timeout: float = DEFAULT_IDLE_TIMEOUT_S,
                 browser: bool = True):
        self.host, port = parse_listen(listen)
        self.idle_timeout = idle_timeout
        self.browser = browser
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        try:
            self._socket: socket.socket | None = socket.create_server((self.host, port), family=family)
        except OSError as exc:
            raise InputError(f"--mcp-listen {listen}: cannot listen there ({exc.strerror or exc})") from None
        self.port = int(self._socket.getsockname()[1])
        url_host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        url_host = f"[{url_host}]" if ":" in url_host else url_host
        self.url = f"http://{url_host}:{self.port}{MCP_PATH}"
        self._stop = threading.Event()
        self._session: TaskSession | None = None
        self.end_reason: str | None = None

    @property
    def client_info(self) -> ClientInfo | None:
        """The connected MCP client's ``clientInfo`` (name, version), once one has identified itself."""
        return self._session.client if self._session is not None else None

    def run(self, ctx: AgentContext) -> AgentOutcome:
        if self._socket is None:
            raise AgentError("this MCP agent has already served a run")
        session = self._session = TaskSession(ctx, browser=self.browser)
        if session.browser_note:
            ctx.recorder.notes.append(session.browser_note)
        server = build_server(session)
        app = _Watch(server.streamable_http_app(streamable_http_path=MCP_PATH, host=self.host), session)
        endpoint = ctx.output_dir / ENDPOINT_FILE
        try:
            self.end_reason = asyncio.run(self._serve(app, ctx, session, endpoint))
        finally:
            session.close()
            endpoint.unlink(missing_ok=True)
            self._socket.close()
            self._socket = None
        self._record_end(ctx)
        return AgentOutcome(answer=session.answer)

    def stop(self) -> None:
        self._stop.set()

    async def _serve(self, app: _Watch, ctx: AgentContext, session: TaskSession, endpoint: Path) -> str:
        import uvicorn

        assert self._socket is not None
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                                timeout_graceful_shutdown=2)
        server = uvicorn.Server(config)
        serving = asyncio.create_task(server.serve(sockets=[self._socket]))
        while not server.started:
            if serving.done():
                failure = serving.exception()
                raise AgentError(f"the MCP server did not start: {failure!r}")
            await asyncio.sleep(0.02)
        run_id = ctx.recorder.session_id
        write_atomically(endpoint, json.dumps({"run_id": run_id, "url": self.url, "pid": os.getpid()}))
        ctx.recorder.system(f"MCP server listening at {self.url}; waiting for a client.")
        runs = ctx.output_dir.parent.resolve()
        sys.stderr.write(f"MCP server for run {run_id}: {self.url}\n"
                         f"  (stdio clients: harness mcp-stdio --run {run_id} --output {runs})\n")
        sys.stderr.flush()
        reason = None
        while reason is None:
            await asyncio.sleep(0.1)
            reason = self._end_reason(ctx, session, app)
        if reason == "finish":
            await asyncio.sleep(FINISH_FLUSH_S)  # let the finish result reach the client
        server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(serving), SHUTDOWN_TIMEOUT_S)
        except (TimeoutError, Exception):
            server.force_exit = True
            serving.cancel()
        return reason

    def _end_reason(self, ctx: AgentContext, session: TaskSession, app: _Watch) -> str | None:
        now = time.monotonic()
        if session.finished.is_set():
            return "finish"
        if self._stop.is_set() or ctx.cancelled.is_set():
            return "stopped"
        if ctx.remaining() <= 0:
            return "time"
        if session.busy:
            return None
        if app.closed_at is not None and now - app.closed_at >= DISCONNECT_GRACE_S:
            return "disconnected"
        if session.first_request is not None and now - session.last_activity >= self.idle_timeout:
            return "idle"
        return None

    def _record_end(self, ctx: AgentContext) -> None:
        text = {
            "disconnected": "The MCP client closed its session without calling finish; the task is graded as "
                            "it stands.",
            "idle": f"No MCP request for {self.idle_timeout:g} s; the examinee is taken to have stopped and the "
                    "task is graded as it stands.",
        }.get(self.end_reason or "")
        if text:
            ctx.recorder.system(text, extra={"mcp_end": self.end_reason})
            ctx.recorder.notes.append(f"mcp: {self.end_reason} without finish")
