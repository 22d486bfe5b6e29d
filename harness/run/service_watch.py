"""Watch the company's services while the examinee works: a stalled service is our fault, not the examinee's.

A service that answers no health check for ``stall_limit()`` seconds or more during the examinee's turn (the
machine overloaded, a server stuck) makes the run an ``infra_error`` naming it, so it is retried instead of
being scored as if the examinee had failed. Short hiccups (one missed probe) are ignored.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from ..errors import InfraError, InputError
from ..services.ops import service_health

STALL_LIMIT_ENV = "WORKFLOOR_SERVICE_STALL_S"
DEFAULT_STALL_LIMIT_S = 30.0
PROBE_INTERVAL_S = 5.0

Probe = Callable[[], dict[str, bool]]  # {service: healthy}; raises InfraError when nothing answers


def stall_limit() -> float:
    """Seconds a service may go without answering before the run is an infra_error (env, default 30)."""
    raw = os.environ.get(STALL_LIMIT_ENV, "").strip()
    if not raw:
        return DEFAULT_STALL_LIMIT_S
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"{STALL_LIMIT_ENV} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise InputError(f"{STALL_LIMIT_ENV} must be above 0, not {raw!r}")
    return value


class ServiceStalled(InfraError):
    """A service stopped answering during the examinee's turn."""


class ServiceWatch:
    """Probes ``services`` every ``interval`` seconds in a background thread between ``start`` and ``stop``.

    ``longest`` holds each service's longest stretch without a healthy answer (seconds, from the first failed
    probe to the next healthy one, or to ``stop``); ``check`` raises ServiceStalled for one at or over ``limit``.
    """

    def __init__(self, services: list[str], probe: Probe, *, limit: float, interval: float = PROBE_INTERVAL_S,
                 clock: Callable[[], float] = time.monotonic):
        self.services, self.limit, self.interval = sorted(services), limit, interval
        self._probe, self._clock = probe, clock
        self._down_since: dict[str, float] = {}
        self.longest: dict[str, float] = dict.fromkeys(self.services, 0.0)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="service-watch", daemon=True)

    @classmethod
    def of_stack(cls, ops_url: str, services: list[str], limit: float) -> ServiceWatch:
        """A watch through the stack's control API (one call per probe for every service)."""
        interval = PROBE_INTERVAL_S
        return cls(services, lambda: service_health(ops_url, services, timeout=interval), limit=limit,
                   interval=interval)

    def start(self) -> None:
        if self.services:
            self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread.is_alive():
            self._thread.join(self.interval + 1)
        self._close_stretches()

    def probe_once(self) -> None:
        """One probe: a service that answers ends its stretch; one that does not starts or extends it."""
        try:
            healthy = self._probe()
        except InfraError:
            healthy = {}
        now = self._clock()
        for service in self.services:
            if healthy.get(service):
                self._end_stretch(service, now)
            else:
                since = self._down_since.setdefault(service, now)
                self.longest[service] = max(self.longest[service], now - since)

    def check(self) -> None:
        """ServiceStalled naming the service that went longest without answering, if at or over the limit."""
        worst = max(self.services, key=lambda s: self.longest[s], default=None)
        if worst is not None and self.longest[worst] >= self.limit:
            raise ServiceStalled(
                f"service {worst} did not answer for {self.longest[worst]:.0f}s during the examinee's turn "
                f"(limit {self.limit:.0f}s, {STALL_LIMIT_ENV}): the machine was overloaded or the service stuck; "
                "retry the run")

    def _loop(self) -> None:
        while not self._stopped.wait(self.interval):
            self.probe_once()

    def _end_stretch(self, service: str, now: float) -> None:
        since = self._down_since.pop(service, None)
        if since is not None:
            self.longest[service] = max(self.longest[service], now - since)

    def _close_stretches(self) -> None:
        now = self._clock()
        for service in list(self._down_since):
            self._end_stretch(service, now)
