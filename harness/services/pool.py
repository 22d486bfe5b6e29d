"""Where runs get their company: the default stack, a fresh isolated stack, or a warm pool of them.

``StackPool`` keeps ``size`` isolated stacks started ahead of need (every company service plus the
control API) in background threads, at most ``STARTS_AT_ONCE`` starting or recycling at a time.
``acquire()`` hands out a healthy, freshly reset stack (``fresh`` is set, so the run skips its own reset);
``release()`` recycles it in the background (reset = recreate each service from its image, through the
control API) and returns it to the pool. ``close()`` removes them all. A stack that fails to start or
recycle is replaced; the failure is kept for the caller's log.
``remove_dead_stacks`` is what ``harness clean`` uses to find stacks a dead harness left, by label.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from docker.errors import DockerException

from ..cleanup import _owner_alive
from ..clock import clock_shift
from ..docker_env import docker_client
from ..errors import InfraError, InputError
from ..settings import LABEL_OWNER
from .isolated import IsolatedStack
from .stack import COMPANY_SERVICES, LABEL_STACK, Stack

STACK_KINDS = ("default", "isolated")
START_TIMEOUT_S = 180.0
# stacks starting or recycling at once, in this process: more only slows each down (a cold stack is seconds
# of CPU) until their health checks time out; the rest wait their turn, and their timeout starts with it
STARTS_AT_ONCE = max(4, 2 * (os.cpu_count() or 2))
_STARTING = threading.BoundedSemaphore(STARTS_AT_ONCE)


def start_isolated(services: list[str] | None = None, timeout: float = START_TIMEOUT_S) -> IsolatedStack:
    """A new isolated stack with ``services`` (all by default), healthy; removed again if it fails."""
    stack = IsolatedStack()
    try:
        stack.up(services, timeout=timeout)
    except BaseException:
        stack.down()
        raise
    stack.fresh = True
    return stack


@contextmanager
def stack_for_run(kind: str, services: list[str], host: str = "127.0.0.1") -> Iterator[Stack]:
    """The stack one ``harness run`` uses: the default one (already up), or an isolated one made for it."""
    if kind not in STACK_KINDS:
        raise InputError(f"unknown stack kind {kind!r} (known: {', '.join(STACK_KINDS)})")
    if kind == "default" or not services:
        yield Stack(host=host)
        return
    stack = start_isolated(services)
    try:
        yield stack
    finally:
        stack.down()


class StackPool:
    def __init__(self, size: int, services: list[str] | None = None):
        if size < 1:
            raise InputError("a stack pool needs at least one stack")
        clock_shift()  # a bad WORKFLOOR_CLOCK_SHIFT is refused here, not in a background start
        self.size = size
        self.services = list(services or COMPANY_SERVICES)
        self._ready: queue.Queue[IsolatedStack] = queue.Queue()
        self._all: list[IsolatedStack] = []
        self._lock = threading.Lock()
        self._closed = False
        self._threads: list[threading.Thread] = []
        self.failures: list[str] = []
        for _ in range(size):
            self._spawn(self._start_one)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="stack-pool")  # type: ignore[arg-type]
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _start_one(self) -> None:
        while not self._closed:
            try:
                with _STARTING:
                    if self._closed:
                        return
                    stack = start_isolated(self.services)
            except (InfraError, OSError, DockerException) as exc:
                self.failures.append(str(exc).splitlines()[0])
                if len(self.failures) > 3 * self.size:
                    return
                continue
            self._offer(stack)
            return

    def _offer(self, stack: IsolatedStack) -> None:
        with self._lock:
            if self._closed:
                stack.down()
                return
            if stack not in self._all:
                self._all.append(stack)
        stack.fresh = True
        self._ready.put(stack)

    def acquire(self, timeout: float = START_TIMEOUT_S * 2) -> IsolatedStack:
        """A warm stack, waiting for one if needed: at least ``timeout`` s, and on while the pool is still
        starting or recycling stacks; InfraError when none comes up."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self._ready.get(timeout=1.0)
            except queue.Empty:
                if time.monotonic() > deadline and not self._working():
                    reason = f": {self.failures[-1]}" if self.failures else ""
                    raise InfraError(f"no isolated stack became ready within {timeout:.0f}s{reason}") from None

    def _working(self) -> bool:
        with self._lock:
            return any(t.is_alive() for t in self._threads)

    def release(self, stack: IsolatedStack) -> None:
        """Give ``stack`` back: it is reset in the background, then offered again."""
        stack.fresh = False
        self._spawn(self._recycle, stack)

    def _recycle(self, stack: IsolatedStack) -> None:
        if self._closed:
            return
        try:
            with _STARTING:
                stack.reset(self.services, timeout=START_TIMEOUT_S)
        except (InfraError, OSError, DockerException) as exc:
            self.failures.append(str(exc).splitlines()[0])
            with self._lock:
                if stack in self._all:
                    self._all.remove(stack)
            stack.down()
            if not self._closed:
                self._start_one()
            return
        self._offer(stack)

    def close(self, wait_s: float = 120.0) -> None:
        """Remove every stack of the pool (idle or not), after the background starts and recycles end."""
        with self._lock:
            self._closed = True
            threads = list(self._threads)
        deadline = time.monotonic() + wait_s
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        with self._lock:
            stacks = list(self._all)
            self._all.clear()
        for stack in stacks:
            try:
                stack.down()
            except (InfraError, DockerException):
                continue

    def __enter__(self) -> StackPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def remove_dead_stacks(force: bool = False) -> list[str]:
    """Remove isolated stacks whose harness is gone (all isolated stacks with ``force``); their ids."""
    found: dict[str, bool] = {}
    # the list endpoint only (no per-container inspect): containers may vanish meanwhile
    for entry in docker_client().api.containers(all=True, filters={"label": LABEL_OWNER}):
        labels = entry.get("Labels") or {}
        stack_id = labels.get(LABEL_STACK)
        if stack_id and stack_id != "default":
            alive = _owner_alive(labels.get(LABEL_OWNER))
            found[stack_id] = found.get(stack_id, False) or alive
    dead = sorted(s for s, alive in found.items() if force or not alive)
    for stack_id in dead:
        IsolatedStack(stack_id).down()
    return dead
