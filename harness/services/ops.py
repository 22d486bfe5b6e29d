"""Host-side calls to a stack's control API (health and reset per service)."""

from __future__ import annotations

import time

import requests

from ..errors import InfraError

START_HINT = "start the company's services with `harness servers up`"


def service_report(ops_url: str, services: list[str], timeout: float = 5.0) -> dict[str, dict[str, object]]:
    """The control API's health report per service; InfraError when the control API is not running.

    ``ops_url`` is the stack's control API base URL (``Stack.ops_url``)."""
    url = f"{ops_url}/health"
    try:
        response = requests.get(url, params={"services": ",".join(services)}, timeout=timeout)
        response.raise_for_status()
        data = response.json()
    except (requests.RequestException, ValueError):
        names = ", ".join(services)
        raise InfraError(f"services {names} are not running (no control API at {url}); {START_HINT}") from None
    return {s: dict(data.get(s) or {}) for s in services}


def service_health(ops_url: str, services: list[str], timeout: float = 5.0) -> dict[str, bool]:
    """{service: healthy} from the control API; InfraError when the control API is not running."""
    return {s: bool(r.get("healthy")) for s, r in service_report(ops_url, services, timeout).items()}


def _last_logs(ops_url: str, services: list[str], lines: int = 10) -> str:
    """The last log lines of each named service's container (when this host runs Docker)."""
    from docker.errors import DockerException

    from ..docker_env import docker_client

    parts = []
    for name, report in service_report(ops_url, services).items():
        container = report.get("container")
        if not container:
            continue
        try:
            text = bytes(docker_client().containers.get(str(container)).logs(tail=lines)).decode(errors="replace")
        except (DockerException, InfraError):
            continue
        parts.append(f"--- {name} ({container}), last {lines} log lines:\n{text.rstrip()}")
    return "\n".join(parts)


def reset_and_wait(ops_url: str, services: list[str], timeout: float, token: str) -> float:
    """Reset ``services`` to their initial state and wait until healthy; return seconds taken.

    ``token`` is the stack's control token (``Stack.ops_token``).
    """
    started = time.monotonic()
    report = service_report(ops_url, services)
    missing = [s for s, r in report.items() if not r.get("container")]
    if missing:
        raise InfraError(f"service {', '.join(missing)} is not running; {START_HINT}")
    # an unhealthy but present service is fine here: the reset replaces its container
    url = f"{ops_url}/reset"
    try:
        response = requests.post(url, params={"services": ",".join(services)}, timeout=timeout,
                                 headers={"Authorization": f"Bearer {token}"})
        if response.status_code == 401:
            raise InfraError(f"the control API at {url} refused the stack's token; restart the stack "
                             "(`harness servers down && harness servers up`)")
        response.raise_for_status()
    except requests.RequestException as exc:
        raise InfraError(f"reset of {', '.join(services)} failed: {exc}") from None
    while time.monotonic() - started < timeout:
        if all(service_health(ops_url, services).values()):
            return time.monotonic() - started
        time.sleep(0.3)
    down = [s for s, ok in service_health(ops_url, services).items() if not ok]
    raise InfraError(f"service {', '.join(down)} not healthy {timeout:.0f}s after reset\n" + _last_logs(ops_url, down))
