"""One owner per stack: a run holds its stack for its whole life, and nobody resets it meanwhile.

``StackLease(stack_id, holder)`` takes an exclusive, non-blocking ``flock`` on a per-stack file under
the lock folder (``$WORKFLOOR_LOCK_DIR``, default ``/tmp``) and writes who holds it next to it. A second
run or a ``harness servers reset|down`` on a held stack gets ``StackBusy`` naming the holder. The lock is
released by the kernel when the holding process dies, so a killed harness never leaves a stale lease.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from ..errors import InputError


class StackBusy(InputError):
    """The stack is held by another run."""


def lock_dir() -> Path:
    return Path(os.environ.get("WORKFLOOR_LOCK_DIR", "/tmp"))


class StackLease:
    def __init__(self, stack_id: str, holder: str):
        self.stack_id, self.holder = stack_id, holder
        self.path = lock_dir() / f"workfloor-stack-{stack_id}.lease"
        self._handle: int | None = None

    @property
    def holder_file(self) -> Path:
        return self.path.with_suffix(".holder")

    def acquire(self) -> StackLease:
        """Take the stack; StackBusy (one line, naming the holder) when someone has it."""
        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(handle)
            raise StackBusy(f"stack {self.stack_id!r} is in use by {current_holder(self.stack_id)}; wait for it "
                            "to finish (or use an isolated stack)") from None
        self._handle = handle
        partial = self.holder_file.with_suffix(".part")
        partial.write_text(f"{self.holder} (pid {os.getpid()})\n")
        partial.replace(self.holder_file)
        return self

    def release(self) -> None:
        if self._handle is not None:
            self.holder_file.unlink(missing_ok=True)
            os.close(self._handle)  # closing drops the flock
            self._handle = None

    def __enter__(self) -> StackLease:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def current_holder(stack_id: str) -> str:
    holder = (lock_dir() / f"workfloor-stack-{stack_id}.holder")
    try:
        return holder.read_text().strip() or "another process"
    except OSError:
        return "another process"


def ensure_free(stack_id: str, action: str) -> None:
    """StackBusy unless nobody holds ``stack_id`` (checked by briefly taking the lease)."""
    lease = StackLease(stack_id, f"harness servers {action}")
    try:
        lease.acquire()
    except StackBusy:
        raise StackBusy(f"cannot {action} stack {stack_id!r}: it is in use by {current_holder(stack_id)}") from None
    lease.release()
