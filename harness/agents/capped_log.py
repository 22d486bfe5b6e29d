"""A log file of bounded size fed from a pipe: the head as it arrives, the tail at the end, a note between."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CAP = 2 * 1024 * 1024
NOTE_ROOM = 128  # bytes kept free for the note


def cut_note(cut: int) -> bytes:
    return f"\n[... workfloor cut {cut} bytes of agent output here ...]\n".encode()


def pump(fd: int, path: Path, cap: int = DEFAULT_CAP) -> int:
    """Copy everything readable from ``fd`` until EOF into ``path``, which never exceeds ``cap`` bytes.

    The first half is written as it arrives (the log is live); the last bytes are kept in memory and written
    at EOF after a line saying how many bytes were cut. Closes ``fd``; returns the number of bytes read.
    """
    head_limit = cap // 2 - NOTE_ROOM
    tail_limit = cap - cap // 2
    total, head = 0, 0
    tail = bytearray()
    with path.open("wb") as out:
        try:
            while chunk := os.read(fd, 65536):
                total += len(chunk)
                if head < head_limit:
                    part = chunk[:head_limit - head]
                    out.write(part)
                    out.flush()
                    head += len(part)
                    chunk = chunk[len(part):]
                tail += chunk
                if len(tail) > 2 * tail_limit:
                    del tail[:-tail_limit]
        finally:
            os.close(fd)
            if len(tail) > tail_limit:
                out.write(cut_note(len(tail) - tail_limit + (total - head - len(tail))))
                del tail[:-tail_limit]
            out.write(tail)
    return total
