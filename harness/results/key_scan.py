"""Finding key material in files: the public default decryption key, API-key-looking strings, key settings."""

from __future__ import annotations

import re

from grading.crypto import DEFAULT_KEY

PATTERNS: list[tuple[str, re.Pattern[bytes]]] = [
    ("the benchmark's decryption key", re.compile(re.escape(DEFAULT_KEY.encode()))),
    ("an API key (sk-...)", re.compile(rb"(?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{16,}")),
    ("a DECRYPTION_KEY= setting", re.compile(rb"DECRYPTION_KEY=")),
    ("a WORKFLOOR_KEY= setting", re.compile(rb"WORKFLOOR_KEY=")),
]


def key_material(name: str, data: bytes, extra_secrets: list[str] | None = None) -> list[str]:
    """One line per kind of key material found in file ``name`` (empty when clean)."""
    found = [f"{name}: contains {what}" for what, pattern in PATTERNS if pattern.search(data)]
    for secret in extra_secrets or []:
        if secret and secret.encode() in data:
            found.append(f"{name}: contains a key given to the check")
    return found
