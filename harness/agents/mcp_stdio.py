"""``harness mcp-stdio``: a stdio MCP server that relays every message to a running ``--agent mcp`` run.

MCP clients that only spawn servers (stdio) start this; it finds the run's HTTP endpoint through
``<output>/<run-id>/mcp-endpoint.json`` (the newest live one when no run id is given, waiting for it to
appear), then copies JSON-RPC messages both ways. When the client closes stdin, the HTTP session is closed
(DELETE), which the run takes as a disconnect; when the run ends, stdout closes.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from ..errors import InputError
from .mcp_server import ENDPOINT_FILE

POLL_S = 0.2


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_endpoint(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        url, pid = str(data["url"]), int(data["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if _alive(pid) else None


def find_endpoint(output_root: Path, run_id: str | None, wait_s: float) -> str:
    """The MCP URL of run ``run_id`` (or of the newest live MCP run) under ``output_root``; waits up to ``wait_s``."""
    deadline = time.monotonic() + wait_s
    while True:
        if run_id is not None:
            candidates = [output_root / run_id / ENDPOINT_FILE]
        else:
            found = output_root.glob(f"*/{ENDPOINT_FILE}") if output_root.is_dir() else iter(())
            candidates = sorted(found, key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True)
        for candidate in candidates:
            url = _read_endpoint(candidate)
            if url is not None:
                return url
        if time.monotonic() >= deadline:
            which = f"run {run_id}" if run_id else "any run"
            raise InputError(f"no MCP server of {which} under {output_root} (start `harness run --agent mcp` first)")
        time.sleep(POLL_S)


async def relay(url: str) -> None:
    """Copy MCP messages between this process's stdin/stdout and the streamable HTTP endpoint ``url``."""
    import anyio
    from mcp.client.streamable_http import streamable_http_client
    from mcp.server.stdio import stdio_server

    async def pump(source: Any, sink: Any, scope: anyio.CancelScope) -> None:
        try:
            async for message in source:
                if isinstance(message, Exception):
                    continue
                await sink.send(message)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream):
            pass
        finally:
            scope.cancel()

    async with (
        stdio_server() as (local_read, local_write),
        streamable_http_client(url) as (remote_read, remote_write),
        anyio.create_task_group() as group,
    ):
        group.start_soon(pump, local_read, remote_write, group.cancel_scope)
        group.start_soon(pump, remote_read, local_write, group.cancel_scope)
