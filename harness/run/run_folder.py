"""A run's folder: every file written atomically, and no secret ever in one.

``RunFolder.write`` replaces each occurrence of a secret (the decryption key, the environment LLM's API
key) with ``[redacted]`` before the bytes reach the disk; ``redact_all`` does the same for files other
writers produced (an external agent's log). An unwritable output folder is an ``InputError`` raised by
``check_writable`` before a run starts.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from grading.atomic import write_atomically

from ..errors import InputError

REDACTED = "[redacted]"
SCAN_LIMIT = 64 << 20  # files larger than this are not rewritten (none of ours are)


class RunFolder:
    def __init__(self, path: Path, secrets: list[str]):
        self.path = path
        self.secrets = [s for s in secrets if s]
        self.created = False

    def create(self) -> None:
        self.path.mkdir(parents=True, exist_ok=False)
        self.created = True

    def write(self, name: str, content: str | bytes) -> None:
        text = content.decode("utf-8", errors="replace") if isinstance(content, bytes) else content
        write_atomically(self.path / name, self.redact(text))

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def redact_all(self) -> None:
        """Rewrite any file in the folder that holds a secret."""
        for path in sorted(self.path.rglob("*")):
            if not path.is_file() or path.stat().st_size > SCAN_LIMIT:
                continue
            data = path.read_bytes()
            if any(s.encode() in data for s in self.secrets):
                cleaned = data
                for secret in self.secrets:
                    cleaned = cleaned.replace(secret.encode(), REDACTED.encode())
                write_atomically(path, cleaned)

    def exists(self, name: str) -> bool:
        return (self.path / name).exists()

    def names(self) -> list[str]:
        return sorted(p.name for p in self.path.iterdir() if not p.name.startswith(".") and p.name != "run.json")


def check_writable(folder: Path) -> None:
    """InputError (one line) unless runs can be written under ``folder``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(f"cannot write runs to {folder}: {reason}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"cannot write runs to {folder}: permission denied")
