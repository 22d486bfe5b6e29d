"""A stack: one copy of the company's services (their containers, network, ports, health and reset).

``Stack`` is the environment interface every run uses (the docstrings are the contract): ``up`` (start
and wait healthy), ``wait_healthy``, ``reset``, ``url`` (a service's base URL from the host),
``container_network`` / ``container_hostname`` (how task and grading containers join it), ``down``.
This class is the default stack, on the host network: its services answer on the fixed ports of
``grading.endpoints.PORTS`` on this host (the manual flow of TheAgentCompany's guide works against it).
``IsolatedStack`` (services/isolated.py) gives each stack its own network namespace instead. Every
container name and label carries the stack id. Reset is owned by the stack's control API container
(servers/ops): the harness, init.sh in task containers and `harness servers reset` all go through it.
"""

from __future__ import annotations

import json
import secrets
import socket
import time
from dataclasses import dataclass

import requests
from docker.errors import APIError, ImageNotFound, NotFound
from docker.models.containers import Container

from grading.endpoints import PORTS

from ..clock import with_clock
from ..docker_env import docker_client
from ..errors import InfraError, InputError
from ..settings import LABEL_KIND, LABEL_PREFIX
from .ops import START_HINT, reset_and_wait, service_health
from .spec import ServiceSpec, available_services, load_spec

LABEL_STACK = f"{LABEL_PREFIX}.stack"
LABEL_SERVICE = f"{LABEL_PREFIX}.service"
LABEL_HEALTH = f"{LABEL_PREFIX}.health"
OPS = "ops"
OPS_TOKEN_ENV = "WORKFLOOR_OPS_TOKEN"
COMPANY_SERVICES = ("chat", "tracker", "files", "git")


@dataclass
class ServiceState:
    name: str
    container: str | None
    running: bool
    healthy: bool


class Stack:
    kind = "default"
    fresh = False  # True when handed out freshly started or recycled: runs then skip their own reset

    def __init__(self, stack_id: str = "default", *, host: str = "127.0.0.1"):
        self.stack_id = stack_id
        self.host = host

    # ------------------------------------------------------------------ what runs need
    @property
    def container_network(self) -> str:
        """Docker network mode for the run's task and grading containers."""
        return "host"

    @property
    def container_hostname(self) -> str:
        """Where containers on ``container_network`` reach the services (their SERVER_HOSTNAME)."""
        return "localhost" if self.host in ("127.0.0.1", "localhost") else self.host

    def url(self, port_name: str) -> str:
        """Base URL of a port of the stack (a name in PORTS) as seen from this host."""
        return f"http://{self.host}:{PORTS[port_name]}"

    @property
    def ops_url(self) -> str:
        return self.url("ops")

    @property
    def lease_id(self) -> str:
        """The name runs lease this stack by (a default stack on another host is another stack)."""
        return self.stack_id if self.host in ("127.0.0.1", "localhost") else f"{self.stack_id}@{self.host}"

    # ------------------------------------------------------------------ naming
    def container_name(self, service: str) -> str:
        return f"workfloor-{self.stack_id}-{service}"

    def health_urls(self, spec: ServiceSpec) -> list[dict[str, object]]:
        """Health checks as the control API (inside the stack's network) runs them."""
        return [{"url": f"http://127.0.0.1:{PORTS[h.port]}{h.path}", "expect": h.expect_status} for h in spec.health]

    def _host_probe_url(self, check: dict[str, object]) -> str:
        """A health check's URL as seen from this host."""
        return str(check["url"]).replace("http://127.0.0.1:", f"http://{self.host}:", 1)

    def _network_kwargs(self) -> dict[str, object]:
        """How service containers join the stack's network."""
        return {"network_mode": "host"}

    def _service_env(self, spec: ServiceSpec) -> dict[str, str]:
        return {}

    def _labels(self) -> dict[str, str]:
        return {LABEL_KIND: "service", LABEL_STACK: self.stack_id}

    def _prepare(self) -> None:
        """Create what the services need before they start (nothing on the host network)."""

    def _containers(self) -> dict[str, Container]:
        for attempt in range(3):  # listing inspects each container: one may vanish meanwhile (NotFound)
            try:
                found = docker_client().containers.list(all=True, filters={"label": f"{LABEL_STACK}={self.stack_id}"})
                return {c.labels.get(LABEL_SERVICE, "?"): c for c in found}
            except NotFound:
                if attempt == 2:
                    raise
                time.sleep(0.2)
        return {}

    # ------------------------------------------------------------------ lifecycle
    def up(self, services: list[str] | None = None, timeout: float = 60.0) -> dict[str, float]:
        """Start the services (all by default) and the control API; wait until healthy.

        Returns seconds to healthy per service. InfraError names a busy port or an unhealthy service
        (with its last log lines).
        """
        names = _company_services(services)
        specs = [load_spec(n) for n in [*names, OPS]]
        self._prepare()
        running = self._containers()
        for spec in specs:
            current = running.get(spec.name)
            if current is not None and current.status == "running" and _runs_image(current, spec.image):
                continue
            if current is not None:
                current.remove(force=True, v=True)  # stopped, or running an older build
            self._check_ports_free(spec)
            self._start(spec)
        return self.wait_healthy([s.name for s in specs], timeout)

    def _check_ports_free(self, spec: ServiceSpec) -> None:
        for port_name in spec.ports:
            port = PORTS[port_name]
            with socket.socket() as sock:
                sock.settimeout(0.3)
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    raise InfraError(f"port {port} ({port_name}, needed by {spec.name}) is already in use "
                                     f"by another program; stop it or `harness servers down`")

    def _start(self, spec: ServiceSpec) -> None:
        stale = self._containers().get(spec.name)
        if stale is not None:
            stale.remove(force=True, v=True)
        labels = {**self._labels(), LABEL_SERVICE: spec.name, LABEL_HEALTH: json.dumps(self.health_urls(spec))}
        environment, volumes = self._service_env(spec), {}
        if spec.name == OPS:
            volumes = {"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}}
            environment = {"WORKFLOOR_STACK": self.stack_id, OPS_TOKEN_ENV: secrets.token_urlsafe(24)}
        environment, volumes = with_clock(environment, volumes)  # kept by the control API's resets
        try:
            docker_client().containers.run(
                spec.image, name=self.container_name(spec.name), labels=labels, detach=True,
                mem_limit=f"{spec.memory_mb * 2}m", environment=environment, volumes=volumes or None,
                **self._network_kwargs())
        except ImageNotFound:
            hint = f"harness servers build {spec.name}"
            raise InfraError(f"image {spec.image} is missing; build it with `{hint}`") from None
        except APIError as exc:
            raise InfraError(f"cannot start {spec.name}: {exc.explanation or exc}") from None

    def wait_healthy(self, services: list[str], timeout: float) -> dict[str, float]:
        started = time.monotonic()
        pending = {n: load_spec(n) for n in services}
        ready: dict[str, float] = {}
        while pending:
            for name, spec in list(pending.items()):
                if all(_probe(self._host_probe_url(c), int(str(c["expect"]))) for c in self.health_urls(spec)):
                    ready[name] = round(time.monotonic() - started, 2)
                    del pending[name]
            containers = self._containers()
            for name in pending:
                container = containers.get(name)
                if container is not None and container.status in ("exited", "dead"):
                    raise InfraError(f"service {name} stopped while starting; last log lines:\n"
                                     + self.logs(name, tail=15))
            if pending and time.monotonic() - started > timeout:
                name = sorted(pending)[0]
                raise InfraError(f"service {name} not healthy after {timeout:.0f}s; last log lines:\n"
                                 + self.logs(name, tail=15))
            if pending:
                time.sleep(0.2)
        return ready

    def down(self) -> list[str]:
        removed = []
        for name, container in self._containers().items():
            try:
                container.remove(force=True, v=True)
                removed.append(name)
            except NotFound:
                pass
        return sorted(removed)

    def status(self) -> list[ServiceState]:
        containers = self._containers()
        states = []
        for name in [*COMPANY_SERVICES, OPS]:
            container = containers.get(name)
            running = container is not None and container.status == "running"
            healthy = running and name in available_services() and all(
                _probe(self._host_probe_url(c), int(str(c["expect"]))) for c in self.health_urls(load_spec(name)))
            states.append(ServiceState(name, container.name if container else None, running, healthy))
        return states

    def reset(self, services: list[str] | None = None, timeout: float = 60.0) -> float:
        """Fresh containers for ``services`` (all by default), through the control API; seconds to healthy."""
        names = _company_services(services)
        return reset_and_wait(self.ops_url, names, timeout, self.ops_token())

    def ops_token(self) -> str:
        """The control API's token, read from its container (only who can use Docker can read it)."""
        container = self._containers().get(OPS)
        if container is None:
            raise InfraError(f"the control API of stack {self.stack_id!r} is not running; {START_HINT}")
        for entry in container.attrs.get("Config", {}).get("Env") or []:
            name, _, value = str(entry).partition("=")
            if name == OPS_TOKEN_ENV and value:
                return value
        raise InfraError(f"the control API of stack {self.stack_id!r} has no token (an old ops image?); "
                         "restart it with `harness servers down && harness servers up`")

    def health(self, services: list[str]) -> dict[str, bool]:
        return service_health(self.ops_url, services)

    def logs(self, service: str, tail: int = 100) -> str:
        container = self._containers().get(service)
        if container is None:
            raise InputError(f"service {service!r} is not running in stack {self.stack_id!r}")
        return bytes(container.logs(tail=tail)).decode("utf-8", errors="replace")


def _company_services(services: list[str] | None) -> list[str]:
    if not services:
        return [s for s in COMPANY_SERVICES if s in available_services()]
    for name in services:
        if name not in COMPANY_SERVICES:
            raise InputError(f"unknown service {name!r} (known: {', '.join(COMPANY_SERVICES)})")
    return list(services)


def _runs_image(container: Container, image: str) -> bool:
    """Whether ``container`` runs the current build of ``image`` (a rebuilt image means a new container)."""
    try:
        return str(container.attrs.get("Image", "")) == str(docker_client().images.get(image).id)
    except (APIError, ImageNotFound):
        return False


def _probe(url: str, expect: int) -> bool:
    try:
        return requests.get(url, timeout=2, allow_redirects=False).status_code == expect
    except requests.RequestException:
        return False
