"""An isolated stack: a company of its own in its own network namespace, like a Kubernetes pod.

A small "pod" container (the OS base image, idle) owns the network namespace; the stack's services, its
control API, and the runs' task and grading containers all join it (``network_mode=container:<pod>``), so
inside it every service answers on ``localhost`` / ``tallgrass.test`` at its usual port, exactly as on
the host-network default stack: task images, init.sh and evaluators do not change. The harness reaches
the services through ports the pod publishes on 127.0.0.1 only, chosen by Docker. Nothing of one stack
is visible to another, and no reset reaches across. Every container carries the owner label of the
harness that made it, so ``harness clean`` can remove the stacks of a harness that died.
"""

from __future__ import annotations

import secrets
import time

from docker.errors import APIError, ImageNotFound, NotFound
from docker.models.containers import Container

from grading.endpoints import DOMAIN, PORTS

from ..cleanup import owner_label
from ..docker_env import docker_client
from ..errors import InfraError
from ..settings import LABEL_KIND, LABEL_OWNER, base_image
from .spec import ServiceSpec
from .stack import LABEL_SERVICE, LABEL_STACK, Stack

POD = "pod"


def new_stack_id() -> str:
    return f"iso-{secrets.token_hex(4)}"


class IsolatedStack(Stack):
    kind = "isolated"

    def __init__(self, stack_id: str | None = None):
        super().__init__(stack_id or new_stack_id(), host="127.0.0.1")
        self._pod: Container | None = None
        self._ports: dict[str, int] = {}

    # ------------------------------------------------------------------ what runs need
    @property
    def container_network(self) -> str:
        return f"container:{self.pod().id}"

    @property
    def container_hostname(self) -> str:
        return "localhost"

    def url(self, port_name: str) -> str:
        return f"http://127.0.0.1:{self._host_port(port_name)}"

    def _host_probe_url(self, check: dict[str, object]) -> str:
        url = str(check["url"])
        for name, port in PORTS.items():
            prefix = f"http://127.0.0.1:{port}"
            if url.startswith(prefix + "/") or url == prefix:
                return self.url(name) + url[len(prefix):]
        return url

    # ------------------------------------------------------------------ hooks
    def _labels(self) -> dict[str, str]:
        return {**super()._labels(), LABEL_OWNER: owner_label()}

    def _network_kwargs(self) -> dict[str, object]:
        return {"network_mode": f"container:{self.pod().id}"}

    def _service_env(self, spec: ServiceSpec) -> dict[str, str]:
        # Hydrogen (chat's web client) must send a browser on the host to the published homeserver port
        return {"CHAT_PUBLIC_URL": self.url("chat")} if spec.name == "chat" else {}

    def _check_ports_free(self, spec: ServiceSpec) -> None:
        return  # nothing binds host ports but the pod, on ports Docker chose

    def _prepare(self) -> None:
        self.pod()

    # ------------------------------------------------------------------ the pod
    def pod(self) -> Container:
        """The stack's network-namespace owner, created (with its published ports) on first use."""
        if self._pod is not None:
            return self._pod
        client = docker_client()
        try:
            self._pod = client.containers.get(self.container_name(POD))
        except NotFound:
            labels = {LABEL_KIND: POD, LABEL_STACK: self.stack_id, LABEL_SERVICE: POD, LABEL_OWNER: owner_label()}
            try:
                self._pod = client.containers.run(
                    base_image(), command=["sleep", "infinity"], name=self.container_name(POD), labels=labels,
                    detach=True, stop_signal="SIGKILL", mem_limit="32m", extra_hosts={DOMAIN: "127.0.0.1"},
                    ports={f"{port}/tcp": ("127.0.0.1", None) for port in PORTS.values()},
                )
            except ImageNotFound:
                raise InfraError(f"image {base_image()} is missing; build it with `harness build base`") from None
            except APIError as exc:
                raise InfraError(f"cannot start stack {self.stack_id}: {exc.explanation or exc}") from None
        return self._pod

    def _host_port(self, port_name: str) -> int:
        if port_name not in self._ports:
            self._ports = self._published_ports()
        return self._ports[port_name]

    def _published_ports(self) -> dict[str, int]:
        pod = self.pod()
        for _ in range(50):
            pod.reload()
            published = pod.attrs.get("NetworkSettings", {}).get("Ports") or {}
            found = {}
            for name, port in PORTS.items():
                bindings = published.get(f"{port}/tcp") or []
                if bindings and bindings[0].get("HostPort"):
                    found[name] = int(bindings[0]["HostPort"])
            if len(found) == len(PORTS):
                return found
            time.sleep(0.1)
        raise InfraError(f"stack {self.stack_id}: Docker published no ports for its pod")

    def down(self) -> list[str]:
        """Remove the services, then the pod whose network they share."""
        removed = []
        containers = self._containers()
        for name in sorted(containers, key=lambda n: n == POD):
            try:
                containers[name].remove(force=True, v=True)
                removed.append(name)
            except NotFound:
                pass
            except APIError as exc:
                if "already in progress" not in str(exc):
                    raise InfraError(f"cannot remove {name} of stack {self.stack_id}: {exc}") from None
        self._pod, self._ports = None, {}
        return sorted(removed)
