"""Ctrl-C and SIGTERM during a run: the first one interrupts, any later one waits.

Inside ``DeferredSignals.installed()`` the first SIGINT or SIGTERM raises ``KeyboardInterrupt`` (so the
run stops and cleans up); once ``defer()`` has been called (cleanup has begun) or after the first signal,
further signals are only counted, so writing ``run.json`` and the trajectory cannot be interrupted.
Outside the main thread, where Python cannot install handlers, it does nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class DeferredSignals:
    def __init__(self) -> None:
        self.raised = False
        self.deferred = False
        self.ignored = 0

    def defer(self) -> None:
        self.deferred = True

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.raised or self.deferred:
            self.ignored += 1
            return
        self.raised = True
        raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[DeferredSignals]:
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = {sig: signal.signal(sig, self._handle) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
