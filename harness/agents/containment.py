"""Containment of an external agent's processes on the host (Linux).

Contract:
- ``python -I containment.py CMD`` (the *keeper*, stdlib only; see ``keeper_command``) runs ``bash -c CMD``
  in a session of its own and is a child subreaper (``PR_SET_CHILD_SUBREAPER``): every process the agent
  starts stays its descendant, even double-forked daemons and processes that cleared their environment.
  When ``bash`` exits, or the keeper gets SIGTERM (the harness stopping the agent) or its parent dies
  (``PR_SET_PDEATHSIG``), it ends all its descendants (SIGKILL until none is left; SIGTERM and a grace
  period first when stopped), reaps them, and exits with bash's exit code (143 when stopped). SIGINT does
  nothing to it: the harness decides.
- Every agent process carries ``WORKFLOOR_AGENT_RUN=<run id>`` and ``WORKFLOOR_AGENT_OWNER=<host>:<harness
  pid>`` in its environment (``marker_env``). ``end_marked`` kills every process on the host that carries a
  marker matching a predicate, until none is left (bounded): the harness's backstop after the agent phase
  (``run_id == this run``), and ``harness clean``'s sweep of agents whose harness died (owner not alive).
  The harness never carries the marker itself, so its own helpers (browser, docker) are never touched.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

MARK_RUN = "WORKFLOOR_AGENT_RUN"
MARK_OWNER = "WORKFLOOR_AGENT_OWNER"
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
STOP_GRACE_S = 2.0
SWEEP_LIMIT_S = 5.0


def marker_env(run_id: str, owner: str) -> dict[str, str]:
    return {MARK_RUN: run_id, MARK_OWNER: owner}


def keeper_command(command: str) -> list[str]:
    """The argv that runs ``command`` under a keeper (this file, run by the harness's interpreter)."""
    return [sys.executable, "-I", str(Path(__file__).resolve()), command]


# ------------------------------------------------------------------ /proc scanning
def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:  # gone, or not ours to read
        return None


def process_markers(pid: int) -> dict[str, str]:
    """The workfloor markers in the environment of ``pid`` (empty for zombies and unreadable processes)."""
    raw = _read(f"/proc/{pid}/environ") or b""
    found = {}
    for entry in raw.split(b"\0"):
        name, sep, value = entry.partition(b"=")
        if sep and name in (MARK_RUN.encode(), MARK_OWNER.encode()):
            found[name.decode()] = value.decode(errors="replace")
    return found


def _pids() -> list[int]:
    return [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()]


def _parent_and_state(pid: int) -> tuple[int, str] | None:
    raw = _read(f"/proc/{pid}/stat")
    if raw is None:
        return None
    fields = raw[raw.rfind(b")") + 2:].split()  # comm may hold spaces and parentheses
    return int(fields[1]), fields[0].decode()


def descendants(root: int) -> list[int]:
    """Live (non-zombie) descendants of ``root``."""
    children: dict[int, list[int]] = {}
    for pid in _pids():
        info = _parent_and_state(pid)
        if info is not None and info[1] != "Z":
            children.setdefault(info[0], []).append(pid)
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _kill(pids: list[int], sig: int) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except OSError:
            pass


def end_marked(wanted: Callable[[dict[str, str]], bool], limit_s: float = SWEEP_LIMIT_S) -> int:
    """SIGKILL every process whose markers satisfy ``wanted``, until none is left; how many were killed."""
    me, deadline = os.getpid(), time.monotonic() + limit_s
    killed: set[int] = set()
    while True:
        targets = [p for p in _pids() if p != me and (m := process_markers(p)) and wanted(m)]
        if not targets or time.monotonic() > deadline:
            return len(killed)
        _kill(targets, signal.SIGKILL)
        killed.update(targets)
        time.sleep(0.02)


def marked_by_owner() -> dict[str, list[int]]:
    """Marked processes on this host, grouped by their owner ``<host>:<pid>``."""
    owners: dict[str, list[int]] = {}
    for pid in _pids():
        owner = process_markers(pid).get(MARK_OWNER)
        if owner and pid != os.getpid():
            owners.setdefault(owner, []).append(pid)
    return owners


# ------------------------------------------------------------------ the keeper
class _Stop(Exception):
    pass


def _prctl(option: int, value: int) -> bool:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(option, value, 0, 0, 0)) == 0


def _reap() -> bool:
    """Reap exited children; False once the keeper has no child left."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return False
        if pid == 0:
            return True


def _end_descendants(grace_s: float) -> None:
    me = os.getpid()
    if grace_s > 0:
        _kill(descendants(me), signal.SIGTERM)
        until = time.monotonic() + grace_s
        while _reap() and descendants(me) and time.monotonic() < until:
            time.sleep(0.05)
    deadline = time.monotonic() + SWEEP_LIMIT_S
    while True:
        left = descendants(me)
        _kill(left, signal.SIGKILL)
        if not _reap() or time.monotonic() > deadline:
            return
        time.sleep(0.01)


def keep(command: str) -> int:
    """Run ``command`` as described in the module docstring; its exit code."""
    owner_pid = os.environ.get(MARK_OWNER, "").rpartition(":")[2]
    parent = int(owner_pid) if owner_pid.isdigit() else os.getppid()
    if not (_prctl(PR_SET_CHILD_SUBREAPER, 1) and _prctl(PR_SET_PDEATHSIG, signal.SIGTERM)):
        print("workfloor: cannot contain the agent's processes (prctl failed)", file=sys.stderr)
        return 70

    def stop(signum: int, frame: object) -> None:
        raise _Stop

    signal.signal(signal.SIGINT, lambda signum, frame: None)  # a handler, not SIG_IGN: bash must not inherit it
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    code, grace = 143, STOP_GRACE_S
    try:
        if os.getppid() != parent:  # the harness died before the death signal was armed (or is not the parent)
            raise _Stop
        main = subprocess.Popen(["bash", "-c", command], stdin=subprocess.DEVNULL, start_new_session=True)
        while True:
            pid, status = os.waitpid(-1, 0)  # reaps orphans too; retried after signals unless stopped
            if pid == main.pid:
                code, grace = os.waitstatus_to_exitcode(status), 0.0
                break
    except (_Stop, ChildProcessError):
        pass
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    _end_descendants(grace)
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python containment.py COMMAND", file=sys.stderr)
        sys.exit(2)
    sys.exit(keep(sys.argv[1]))
