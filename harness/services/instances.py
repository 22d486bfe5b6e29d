"""Which instance of each service a run initialised, and whether it is still the one it grades against.

After init the run records each service's container id and start time (from the control API's
``/health``); before grading it compares. A service gone, stopped, unhealthy, restarted or recreated
(reset) in between is an infrastructure fault, named, and the run's score would be meaningless.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InfraError
from .ops import service_report


class ServiceChanged(InfraError):
    """A service the run uses is not the instance it initialised (or not healthy)."""


@dataclass(frozen=True)
class Instance:
    container: str
    id: str
    started_at: str


def snapshot(ops_url: str, services: list[str]) -> dict[str, Instance]:
    """The current instance of each service; ServiceChanged when one is missing or unhealthy."""
    report = service_report(ops_url, services)
    found = {}
    for name, entry in report.items():
        if not entry.get("container"):
            raise ServiceChanged(f"service {name} is not running (its container is gone)")
        if not entry.get("healthy"):
            raise ServiceChanged(f"service {name} is not healthy (state {entry.get('state', '?')})")
        found[name] = Instance(str(entry.get("container")), str(entry.get("id", "")), str(entry.get("started_at", "")))
    return found


def check_unchanged(ops_url: str, before: dict[str, Instance]) -> None:
    """ServiceChanged naming the first service that was killed, restarted or reset since ``before``."""
    try:
        report = service_report(ops_url, sorted(before))
    except InfraError as exc:
        raise ServiceChanged(f"the stack's control API stopped answering during the run ({exc})") from None
    for name, was in sorted(before.items()):
        now = report.get(name, {})
        if not now.get("container"):
            raise ServiceChanged(f"service {name} was killed during the run (its container is gone)")
        if now.get("id") != was.id:
            raise ServiceChanged(f"service {name} was reset during the run (its container was recreated)")
        if now.get("state") != "running":
            raise ServiceChanged(f"service {name} was killed during the run (container {now.get('state')})")
        if now.get("started_at") != was.started_at:
            raise ServiceChanged(f"service {name} was restarted during the run")
        if not now.get("healthy"):
            raise ServiceChanged(f"service {name} is unhealthy after the examinee's turn")
