"""Which proposed slots a presenter can make, from their reply in any phrasing.

A slot is "Wed 12-09 10:00". Days may be written "12-09", "Dec 9", "December 9th", "Wednesday", "Wed";
times "10:00", "10am", "1:30 pm". Each clause is read for yes/no ("works", "free" / "no", "can't", "busy");
"everything else works" covers the slots not mentioned.
"""

from __future__ import annotations

import re
import sys
from datetime import date

sys.path.insert(0, "/utils")
from grading.reading import clauses, date_mentions, polarity, times, weekday_mentions

WEEK_START = date(2026, 11, 30)  # Monday
REST = re.compile(r"\b(everything( else)?|the rest|all (the )?others?|any other|otherwise|other (slots|days|times))\b",
                  re.IGNORECASE)


def _slot(slot: str) -> tuple[date, tuple[int, int]]:
    _, day, hour = slot.split()
    month, dom = (int(x) for x in day.split("-"))
    h, m = (int(x) for x in hour.split(":"))
    return date(2026, month, dom), (h, m)


def _days(clause: str) -> list[tuple[int, date]]:
    """(position, date) of every day named in the clause; a weekday next to a date counts once."""
    found = [(m.start, date(2026, m.month, m.day)) for m in date_mentions(clause)]
    for at, weekday in weekday_mentions(clause):
        day = WEEK_START.toordinal() + weekday
        if not any(abs(at - p) < 16 for p, _ in found):
            found.append((at, date.fromordinal(day)))
    found += [(m.start(), date(2026, 12, int(m.group(1)))) for m in re.finditer(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b",
                                                                                 clause)]
    return sorted(found)


def read(reply: str, slots: list[str]) -> dict[str, bool | None]:
    """slot -> True (works), False (does not) or None (not said)."""
    answer: dict[str, bool | None] = dict.fromkeys(slots)
    rest: bool | None = None
    for clause in clauses(reply):
        others = REST.search(clause)
        if others and not _days(clause[others.start():]):  # "..., everything else works"
            rest = polarity(clause[others.start():]) if rest is None else rest
            clause = clause[:others.start()]
        days = _days(clause)
        if not days:
            continue
        for i, (at, day) in enumerate(days):
            end = days[i + 1][0] if i + 1 < len(days) else len(clause)
            segment = clause[at:end]
            said = times(segment)
            verdict = polarity(segment)
            verdict = polarity(clause) if verdict is None else verdict
            for slot in slots:
                slot_day, slot_time = _slot(slot)
                if slot_day == day and (not said or slot_time in said) and verdict is not None:
                    answer[slot] = verdict
    if rest is not None:
        answer = {s: rest if v is None else v for s, v in answer.items()}
    return answer
