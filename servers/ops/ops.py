#!/usr/bin/env python3
"""The company's control API ("ops"): health and reset per service, for one stack.

    GET  /health?services=chat,files   -> {"chat": {"healthy": true, "container": "...", "id": "...",
                                            "started_at": "...", "state": "running"}, ...}
    POST /reset?services=chat,files    -> recreate those containers from their images (fresh state)
    GET  /services                     -> the stack's services and their containers
    GET  /ping                         -> 200 when the control API itself is up

/reset and /services require ``Authorization: Bearer $WORKFLOOR_OPS_TOKEN`` (the stack's token, which only
the harness holds; 401 otherwise). /health is open: it changes nothing. A service's ``id`` and
``started_at`` change whenever its container is recreated or restarted, so a run can tell that the
instance it initialised is still the one it grades against.

It talks to the Docker Engine API over the mounted socket (stdlib only) and finds its stack's service
containers by label: org.workfloor.stack=$WORKFLOOR_STACK, org.workfloor.service=<name>. Each service
container carries its health URLs in org.workfloor.health (JSON list). Reset = remove the container with
its anonymous volumes, create an identical one from the same image and configuration, start it.
"""

from __future__ import annotations

import hmac
import http.client
import json
import os
import socket
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SOCKET = os.environ.get("DOCKER_SOCKET", "/var/run/docker.sock")
STACK = os.environ.get("WORKFLOOR_STACK", "default")
PORT = int(os.environ.get("OPS_PORT", "2999"))
TOKEN = os.environ.get("WORKFLOOR_OPS_TOKEN", "")
LOCK = threading.Lock()


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self) -> None:
        super().__init__("localhost", timeout=60)

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(SOCKET)


def docker(method: str, path: str, body: object = None) -> object:
    conn = _UnixConnection()
    payload = json.dumps(body).encode() if body is not None else None
    conn.request(method, path, body=payload, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    if response.status >= 400:
        raise RuntimeError(f"docker {method} {path}: {response.status} {data[:200]!r}")
    return json.loads(data) if data else None


def service_containers() -> dict[str, dict]:
    filters = json.dumps({"label": [f"org.workfloor.stack={STACK}", "org.workfloor.kind=service"]})
    found = docker("GET", "/containers/json?all=1&filters=" + urllib.parse.quote(filters))
    return {c["Labels"]["org.workfloor.service"]: c for c in found}  # type: ignore[union-attr]


def probe(url: str, expect: int) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == expect
    except urllib.error.HTTPError as exc:
        return exc.code == expect
    except (OSError, ValueError):
        return False


def health(names: list[str]) -> dict[str, dict]:
    containers = service_containers()
    report = {}
    for name in names or sorted(containers):
        container = containers.get(name)
        if container is None:
            report[name] = {"healthy": False, "error": "not running in this stack"}
            continue
        checks = json.loads(container["Labels"].get("org.workfloor.health", "[]"))
        ok = container["State"] == "running" and all(probe(c["url"], c.get("expect", 200)) for c in checks)
        report[name] = {"healthy": ok, "container": container["Names"][0].lstrip("/"), "state": container["State"],
                        "id": container["Id"][:12], "started_at": started_at(container["Id"])}
    return report


def started_at(container_id: str) -> str:
    try:
        info = docker("GET", f"/containers/{container_id}/json")
    except RuntimeError:
        return ""
    return str(info.get("State", {}).get("StartedAt", "")) if isinstance(info, dict) else ""


def recreate(container_id: str) -> str:
    info = docker("GET", f"/containers/{container_id}/json")
    assert isinstance(info, dict)
    name = info["Name"].lstrip("/")
    config = dict(info["Config"])
    config["HostConfig"] = info["HostConfig"]
    if str(info["HostConfig"].get("NetworkMode", "")).startswith("container:"):
        # joined another container's network (an isolated stack's pod): these belong to that container
        for key in ("Hostname", "Domainname", "ExposedPorts"):
            config.pop(key, None)
    docker("DELETE", f"/containers/{container_id}?force=1&v=1")
    created = docker("POST", f"/containers/create?name={urllib.parse.quote(name)}", config)
    assert isinstance(created, dict)
    docker("POST", f"/containers/{created['Id']}/start")
    return name


def reset(names: list[str]) -> dict[str, str]:
    with LOCK:
        containers = service_containers()
        unknown = [n for n in names if n not in containers]
        if unknown:
            raise KeyError(", ".join(unknown))
        return {name: recreate(containers[name]["Id"]) for name in names}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, fmt: str, *args: object) -> None:
        sys.stderr.write("ops: " + fmt % args + "\n")

    def _names(self) -> list[str]:
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        return [n for n in ",".join(query.get("services", [])).split(",") if n]

    def _reply(self, status: int, payload: object) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        if TOKEN and hmac.compare_digest(self.headers.get("Authorization", ""), f"Bearer {TOKEN}"):
            return True
        self._reply(401, {"error": "this call needs the stack's control token"})
        return False

    def do_GET(self) -> None:
        route = urllib.parse.urlparse(self.path).path
        try:
            if route == "/ping":
                self._reply(200, {"stack": STACK})
            elif route == "/health":
                self._reply(200, health(self._names()))
            elif route == "/services":
                if not self._authorised():
                    return
                self._reply(200, {n: c["Names"][0].lstrip("/") for n, c in service_containers().items()})
            else:
                self._reply(404, {"error": "unknown route"})
        except Exception as exc:
            sys.stderr.write(f"ops: {route} failed: {type(exc).__name__}: {exc}\n")
            self._reply(500, {"error": str(exc)})

    def do_POST(self) -> None:
        if urllib.parse.urlparse(self.path).path != "/reset":
            self._reply(404, {"error": "unknown route"})
            return
        if not self._authorised():
            return
        try:
            self._reply(200, {"reset": reset(self._names())})
        except KeyError as exc:
            self._reply(404, {"error": f"unknown service {exc.args[0]} in stack {STACK}"})
        except Exception as exc:
            sys.stderr.write(f"ops: reset failed: {type(exc).__name__}: {exc}\n")
            self._reply(500, {"error": str(exc)})


def main() -> None:
    server = ThreadingHTTPServer(("0.0.0.0", PORT), Handler)
    sys.stderr.write(f"ops: stack {STACK} control API on :{PORT}\n")
    server.serve_forever()


if __name__ == "__main__":
    main()
