"""Keep the harness's secrets out of what other processes can read about it in /proc (Linux).

``/proc/PID/environ`` and ``/proc/PID/cmdline`` show the memory that held the process's initial environment
and arguments, whatever the process did to ``os.environ`` later; any process of the same user (such as a
command agent) can read them. ``hide_initial_environment`` first moves every variable to memory of its own
(``setenv``), so the process and its children see no change, then blanks that initial block;
``hide_arguments`` overwrites the values of the given options (``--key VALUE`` / ``--key=VALUE``) with ``*``.
Both are best-effort no-ops where /proc or libc's ``setenv`` are not available.
"""

from __future__ import annotations

import ctypes
import os


def _memory_bounds() -> tuple[int, int, int, int] | None:
    """(arg_start, arg_end, env_start, env_end) of this process, from /proc/self/stat."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            raw = fh.read()
    except OSError:
        return None
    fields = raw[raw.rfind(b")") + 2:].split()  # fields from the third on
    try:
        arg_start, arg_end, env_start, env_end = (int(fields[i - 3]) for i in (48, 49, 50, 51))
    except (IndexError, ValueError):
        return None
    if not (0 < arg_start < arg_end and 0 < env_start < env_end):
        return None
    return arg_start, arg_end, env_start, env_end


def hide_initial_environment() -> bool:
    """Blank /proc/self/environ, keeping ``os.environ`` and the C environment working; True when done."""
    bounds = _memory_bounds()
    if bounds is None:
        return False
    _, _, start, end = bounds
    for name, value in os.environb.items():
        os.putenv(name, value)  # glibc setenv: a fresh copy, no longer pointing into the initial block
    ctypes.memset(start, 0, end - start)
    return True


def hide_arguments(options: tuple[str, ...]) -> int:
    """Overwrite the values of ``options`` in /proc/self/cmdline (``sys.argv`` keeps them); how many."""
    bounds = _memory_bounds()
    if bounds is None:
        return 0
    start, end, _, _ = bounds
    args = ctypes.string_at(start, end - start).split(b"\0")
    hidden, offset, previous = 0, start, b""
    for arg in args:
        value_at = None
        if previous in (o.encode() for o in options):
            value_at = 0
        else:
            name, sep, _ = arg.partition(b"=")
            if sep and name in (o.encode() for o in options):
                value_at = len(name) + 1
        if value_at is not None and len(arg) > value_at:
            ctypes.memset(offset + value_at, ord("*"), len(arg) - value_at)
            hidden += 1
        offset += len(arg) + 1
        previous = arg
    return hidden
