"""Priya's decision on an open action item (owner's first name, due date), from her reply in any phrasing."""

from __future__ import annotations

import re
import sys
from datetime import date

sys.path.insert(0, "/utils")
from grading.reading import date_mentions

RUNBOOK, KNOWN = r"runbook|release[- ]day", r"known|customer|\bnote\b|time ?zone"
CANDIDATES = ("Sofia", "Tomas", "Marcus", "Aisha", "Omar", "Ben")
AFTER = date(2026, 11, 20)
DUE_WORD = re.compile(r"\b(due|by|deadline|until|out|ready|needs?|before)\b", re.IGNORECASE)


def _parts(reply: str, topic: str, other: str) -> list[str]:
    """Per line: from the first sentence about ``topic`` up to the next sentence about ``other``."""
    parts = []
    for line in reply.splitlines():
        taken: list[str] = []
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z-])", line):
            if taken and re.search(other, sentence, re.IGNORECASE) and not re.search(topic, sentence, re.IGNORECASE):
                break
            if taken or re.search(topic, sentence, re.IGNORECASE):
                taken.append(sentence)
        if taken:
            parts.append(" ".join(taken))
    return parts


def decision(reply: str, topic: str, other: str) -> tuple[str | None, date | None]:
    """The owner (first candidate name not negated or said to be away) and the due date (in the first sentence
    with a date: the first date after a due word, else its first date) in the part of ``reply`` about ``topic``."""
    owner: str | None = None
    due: date | None = None
    for part in _parts(reply, topic, other) or [reply]:
        for match in re.finditer(r"\b(" + "|".join(CANDIDATES) + r")\b", part):
            before = part[max(0, match.start() - 6):match.start()].lower()
            after = part[match.end():match.end() + 12].lower()
            if re.search(r"\bnot\s*$", before) or re.match(r"\W*(is|'s|will be) (out|off|away)", after):
                continue
            owner = owner or match.group(1)
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z-])", part):
            mentions = [m for m in date_mentions(sentence) if not _is_leave(sentence, m.start)]
            if not mentions or due is not None:
                continue
            cue = DUE_WORD.search(sentence)
            later = [m for m in mentions if cue and m.start > cue.start()]
            due = (later or mentions)[0].resolve(AFTER)
    return owner, due


def _is_leave(part: str, at: int) -> bool:
    """The date belongs to someone's absence ("out from 11-23 to 12-04") or to the code freeze."""
    window = part[max(0, at - 25):at].lower()
    return any(re.search(pattern, window) for pattern in (
        r"\b(out|off|away|leave|vacation)\b[^.]*\b(from|to|until|till|through)\s*$",
        r"\bfreeze\b[^.]*$", r"\bfrom\s*$", r"\d\s*(to|-|–|until|till|through)\s*$"))
