"""Who Marcus wants on each of his tickets, from his reply in any phrasing."""

from __future__ import annotations

import re

TOPICS = {"runner": r"runner|\bci\b", "postmortem": r"postmortem|post-mortem|failover|runbook"}


def owner(reply: str, topic: str, first_names: set[str], exclude: set[str]) -> str | None:
    """The person named with ``topic``: within a line or sentence, every first name goes with the nearest
    ticket mention; people named as owners of something else ("Felix's disk") and ``exclude`` are skipped."""
    best: tuple[int, str] | None = None
    for part in re.split(r"(?<=[.!?])\s+|\n+|;", reply):
        hits = [(m.start(), t) for t, pattern in TOPICS.items() for m in re.finditer(pattern, part, re.IGNORECASE)]
        if not hits:
            continue
        for name in re.finditer(r"\b([A-Za-z]+)\b(?!'s|’s)", part):
            first = name.group(1).lower()
            if first not in first_names or first in exclude:
                continue
            gap, nearest = min((abs(name.start() - at), t) for at, t in hits)
            if nearest == topic and (best is None or gap < best[0]):
                best = (gap, first)
    return best[1] if best else None
