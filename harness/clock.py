"""A moved clock, for tests: ``WORKFLOOR_CLOCK_SHIFT`` (e.g. ``+365d``) moves the date every container sees.

Unset or empty (the default), nothing changes. Set, every container the harness starts for a stack or a
run (the services, the control API, the task, grading and isolated-job containers) runs with Debian's
libfaketime preloaded and ``FAKETIME`` set to the shift: its processes see the real time moved by it,
still advancing in real time; file times stay the kernel's. The library comes from the clock image
(docker/clock) through a read-only volume, so no service or task image changes. Tasks must not depend on
the real date (docs/task-format.md, "Dates"); this is how a test proves it. A bad value is an InputError.

Known limit of libfaketime 0.9.10 (Debian 12): the monotonic clock moves too, and Python's timed lock
waits (``Event.wait(t)``, ``Lock.acquire(timeout=t)`` when contended) then do not return: it does not
intercept ``sem_clockwait``. Not moving it is worse: every Python ``time.sleep`` fails (EINVAL). No task
code waits that way; copyparty's background rescans do (they stall, harmlessly).
"""

from __future__ import annotations

import os
import re
import threading

from docker.errors import APIError, DockerException

from .docker_env import docker_client
from .errors import InfraError, InputError
from .settings import LABEL_KIND, clock_image, image_prefix

SHIFT_ENV = "WORKFLOOR_CLOCK_SHIFT"
MOUNT = "/opt/workfloor-clock"
LIBRARY = f"{MOUNT}/libfaketime.so.1"
_SHIFT = re.compile(r"[+-]\d+(?:\.\d+)?[smhdy]")
_lock = threading.Lock()
_volumes: dict[str, str] = {}  # clock image id -> its filled volume


def clock_shift() -> str | None:
    """The shift in force (libfaketime's relative offset, e.g. ``+365d``), or None for the real clock."""
    value = os.environ.get(SHIFT_ENV, "").strip()
    if not value:
        return None
    if not _SHIFT.fullmatch(value):
        raise InputError(f"{SHIFT_ENV}={value!r} is not a clock shift (a sign, a number and a unit of s, m, h, "
                         "d or y, e.g. +365d)")
    return value


def with_clock(environment: dict[str, str], volumes: dict[str, dict[str, str]]
               ) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """A container's environment and volumes with the moved clock added (unchanged without a shift)."""
    shift = clock_shift()
    if shift is None:
        return environment, volumes
    # file times stay the kernel's: moving them too makes caches keyed on mtimes (Redmine's bootsnap) miss
    moved = {"LD_PRELOAD": LIBRARY, "FAKETIME": shift, "NO_FAKE_STAT": "1"}
    return {**environment, **moved}, {**volumes, _library_volume(): {"bind": MOUNT, "mode": "ro"}}


def _library_volume() -> str:
    """A Docker volume holding libfaketime (from the clock image, built if needed), filled once."""
    from .build.clock import build_clock_image

    with _lock:
        image_id = build_clock_image()
        if image_id in _volumes:
            return _volumes[image_id]
        name = f"{image_prefix()}-clock-{image_id.split(':')[-1][:12]}"
        client = docker_client()
        try:
            client.volumes.create(name, labels={LABEL_KIND: "clock"})
            # an empty volume is filled from the image's folder when first mounted; the check proves it
            client.containers.run(clock_image(), command=["test", "-s", LIBRARY], remove=True,
                                  volumes={name: {"bind": MOUNT, "mode": "rw"}}, network_mode="none")
        except (APIError, DockerException) as exc:
            raise InfraError(f"cannot prepare the moved clock's volume {name}: {exc}") from None
        _volumes[image_id] = name
        return name
