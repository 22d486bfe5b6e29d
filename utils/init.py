#!/usr/bin/env python3
"""Task initialisation (called by /utils/init.sh). See init.sh for usage.

1. Map the company domain (grading.endpoints.DOMAIN) to SERVER_HOSTNAME's address in /etc/hosts.
2. If the task needs services: ask the control API to reset them and wait until they are healthy
   (skipped when the harness has done so: WORKFLOOR_SERVICES_READY=1).
3. Run the task's hooks in order: pre_init.sh, populate_data.py, post_init.sh (those present), then
   delete them (they may hold credentials).
Exit 0 when the task is ready; non-zero with a one-line reason otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grading.endpoints import DOMAIN, Endpoints
from grading.image_layout import HOOKS_DIR, TASK_META

HOOKS = (("pre_init.sh", ["bash"]), ("populate_data.py", ["python_default"]), ("post_init.sh", ["bash"]))


class InitError(Exception):
    pass


def map_domain(server_hostname: str) -> None:
    try:
        address = socket.gethostbyname(server_hostname)
    except OSError:
        raise InitError(f"cannot resolve SERVER_HOSTNAME {server_hostname!r}") from None
    hosts = Path("/etc/hosts")
    lines = [ln for ln in hosts.read_text().splitlines() if not ln.rstrip().endswith(f" {DOMAIN}")]
    lines.append(f"{address} {DOMAIN}")
    hosts.write_text("\n".join(lines) + "\n")


def _get_json(url: str, timeout: float = 5.0, method: str = "GET") -> object:
    headers = {}
    if method == "POST":  # reset needs the stack's control token (manual flow: WORKFLOOR_OPS_TOKEN)
        headers["Authorization"] = f"Bearer {os.environ.get('WORKFLOOR_OPS_TOKEN', '')}"
    request = urllib.request.Request(url, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def reset_services(services: list[str], server_hostname: str, timeout: float) -> None:
    """Reset ``services`` through the stack's control API and wait until they are healthy."""
    ops = Endpoints(server_hostname).ops
    query = ",".join(services)
    try:
        _get_json(f"{ops}/reset?services={query}", timeout=timeout, method="POST")
    except urllib.error.HTTPError as exc:
        if exc.code == 401:
            raise InitError("the control API refused to reset: pass the stack's token as WORKFLOOR_OPS_TOKEN "
                            "(`harness servers token`)") from None
        raise InitError(f"the control API at {ops} answered {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise InitError(
            f"company services unreachable at {ops} ({exc}); start them with `harness servers up`"
        ) from None
    deadline = time.monotonic() + timeout
    while True:
        try:
            health = _get_json(f"{ops}/health?services={query}")
            if isinstance(health, dict) and all(health.get(s, {}).get("healthy") for s in services):
                return
        except (urllib.error.URLError, OSError, ValueError):
            health = None
        if time.monotonic() > deadline:
            raise InitError(f"services not healthy after {timeout:.0f}s: {health}")
        time.sleep(0.5)


def run_hooks() -> None:
    """Run the hooks, then delete them: they may hold credentials the examinee must not read."""
    try:
        for name, interpreter in HOOKS:
            hook = Path(HOOKS_DIR) / name
            if hook.is_file():
                code = subprocess.call([*interpreter, str(hook)])
                if code != 0:
                    raise InitError(f"setup hook {name} failed with exit code {code}")
    finally:
        shutil.rmtree(HOOKS_DIR, ignore_errors=True)


def main() -> int:
    meta = json.loads(Path(TASK_META).read_text()) if Path(TASK_META).is_file() else {}
    server_hostname = os.environ.get("SERVER_HOSTNAME", "localhost")
    try:
        map_domain(server_hostname)
        services = list(meta.get("services", []))
        # the harness resets the services and checks their health before it starts the container (and says
        # so with WORKFLOOR_SERVICES_READY=1); by hand, init.sh does both
        if services and os.environ.get("WORKFLOOR_SERVICES_READY") != "1":
            reset_services(services, server_hostname, float(meta.get("timeouts", {}).get("init", 300)))
        run_hooks()
    except InitError as exc:
        print(f"init: error: {exc}", file=sys.stderr)
        return 1
    print(f"init: task {meta.get('name', '?')} ready", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
