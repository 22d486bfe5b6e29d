"""The environment LLM as seen from inside an isolated stack.

A container in an isolated stack's network namespace cannot reach the host's loopback, where a local model
server (or the test server) usually listens. For the init and grading phases only, ``llm_env`` starts a
relay on the Docker bridge's gateway address that forwards to that loopback endpoint, and hands the
container a base URL pointing at the relay. Any other endpoint (a remote API, or a stack on the host
network) is passed through unchanged. The relay accepts connections only from the stack's own address, so
no other run's examinee can use it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from ..docker_env import docker_client
from ..errors import InfraError

LOOPBACK = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def bridge_gateway() -> str:
    """The host's address on Docker's default bridge (what containers on it reach the host by)."""
    try:
        network = docker_client().networks.get("bridge")
        return str(network.attrs["IPAM"]["Config"][0]["Gateway"])
    except Exception as exc:  # no bridge network, or an unexpected layout
        raise InfraError(f"cannot find Docker's bridge gateway for the environment LLM relay: {exc}") from None


def stack_address(container_network: str) -> str:
    """The bridge address of the container whose network namespace the stack's containers share."""
    name = container_network.removeprefix("container:")
    try:
        address = docker_client().containers.get(name).attrs["NetworkSettings"]["IPAddress"]
    except Exception as exc:
        raise InfraError(f"cannot find the address of stack container {name}: {exc}") from None
    if not address:
        raise InfraError(f"stack container {name} has no bridge address")
    return str(address)


class TcpRelay:
    """Accepts on ``listen_host`` (a free port) connections from ``peer`` only and pipes each to ``target``,
    until closed."""

    def __init__(self, listen_host: str, target: tuple[str, int], peer: str):
        self.target = target
        self.peer = peer
        self._server = socket.create_server((listen_host, 0))
        self.port = int(self._server.getsockname()[1])
        self._closed = threading.Event()
        threading.Thread(target=self._accept, name="llm-relay", daemon=True).start()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if client.getpeername()[0] != self.peer:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(source, sink), daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        self._server.close()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@contextlib.contextmanager
def llm_env(env: dict[str, str], container_network: str) -> Iterator[dict[str, str]]:
    """``env`` (the environment LLM's variables) as a container on ``container_network`` must see them."""
    base_url = env.get("LITELLM_BASE_URL")
    parts = urlsplit(base_url) if base_url else None
    if not container_network.startswith("container:") or parts is None or parts.hostname not in LOOPBACK:
        yield env
        return
    port = parts.port or DEFAULT_PORTS.get(parts.scheme, 80)
    gateway = bridge_gateway()
    relay = TcpRelay(gateway, ("::1" if parts.hostname == "::1" else "127.0.0.1", port),
                     stack_address(container_network))
    try:
        netloc = f"{gateway}:{relay.port}"
        yield {**env, "LITELLM_BASE_URL": urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))}
    finally:
        relay.close()
