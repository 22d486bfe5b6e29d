"""Reading facts out of free text in any common phrasing: numbers, money, dates, times, names.

Used by the simulated colleagues' fact checks (host) and by reference solutions (``python_default``, which
has ``/utils`` on its path) so that a faithful colleague's reply is understood however it is worded.
All functions are pure; nothing here raises on odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "both": 2,
}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.,])\d+(?:\.\d+)?")
_WORD = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*\d{1,2}[.)]\s", re.MULTILINE)
# dates and clock times are not numbers: "2026-10-05" is not 5, "13:30" is not 30
_NOT_NUMBERS = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?\b"  # ISO date (and time)
    r"|(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])"  # 10/05/2026
    r"|(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")  # 13:30, 09:05:00
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = [
    # 2027-01-19
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    # January 19, 2027 / Jan 19th 2027 / January 19
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE), ("M", "d", "y")),
    # 19 January 2027 / 19th of Jan
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?", re.IGNORECASE),
     ("d", "M", "y")),
    # 1/19/2027, 1/19 (US order)
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])"), ("m", "d", "y")),
    # 12-07 (month-day, as the company writes it)
    (re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})(?![\d-])"), ("m", "d")),
]
_TIME = re.compile(
    r"\b(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b([01]?\d|2[0-3])[:h](\d{2})\b", re.IGNORECASE)
_NOON = re.compile(r"\bnoon\b|\bmidday\b", re.IGNORECASE)


def _to_number(text: str) -> float | None:
    cleaned = text.replace(",", "").replace("−", "-")
    try:
        return float(cleaned)
    except ValueError:
        return None


def numbers(text: str, *, words: bool = True, skip_list_markers: bool = True) -> list[float]:
    """Every number written in ``text`` in reading order: ``18,400`` → 18400, ``3.0`` → 3, ``five`` → 5.

    Numbered-list markers at the start of a line ("1. ...") are skipped unless ``skip_list_markers`` is off.
    Dates and clock times are not numbers (``2026-10-05``, ``10/05/2026``, ``13:30``): read them with
    ``date_mentions`` and ``times``.
    """
    text = _NOT_NUMBERS.sub(lambda m: " " * len(m.group(0)), text)
    if skip_list_markers:
        text = _LIST_MARKER.sub(lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, float]] = []
    for match in _NUMBER.finditer(text):
        value = _to_number(match.group(0))
        if value is not None:
            found.append((match.start(), value))
    if words:
        found += [(m.start(), float(WORD_NUMBERS[m.group(1).lower()])) for m in _WORD.finditer(text)]
    return [value for _, value in sorted(found)]


def money(text: str) -> list[float]:
    """Amounts written as money: ``$23.50``, ``23.50 USD``, ``23.5 dollars`` → 23.5."""
    pattern = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:usd|dollars?|bucks)\b", re.IGNORECASE)
    values = []
    for match in pattern.finditer(text):
        value = _to_number(match.group(1) or match.group(2))
        if value is not None:
            values.append(value)
    return values


def _month(token: str) -> int | None:
    token = token.lower().rstrip(".")
    for name, number in MONTHS.items():
        if name.startswith(token[:3]) and name.startswith(token):
            return number
    return None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    month: int
    day: int
    year: int | None

    def resolve(self, after: date) -> date | None:
        """The date meant: its year, or the first such day on or after ``after`` when no year was written."""
        try:
            if self.year is not None:
                return date(self.year, self.month, self.day)
            candidate = date(after.year, self.month, self.day)
            return candidate if candidate >= after else date(after.year + 1, self.month, self.day)
        except ValueError:
            return None


def date_mentions(text: str) -> list[DateMention]:
    """Dates written in ``text`` (ISO, month names in either order, US slashes, ``12-07``), in reading order."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            parts: dict[str, int | None] = {"y": None, "m": None, "d": None}
            for key, raw in zip(order, match.groups(), strict=False):
                if raw is None:
                    continue
                if key == "M":
                    parts["m"] = _month(raw)
                elif key == "y":
                    year = int(raw)
                    parts["y"] = year + 2000 if year < 100 else year
                else:
                    parts[key] = int(raw)
            month, day = parts["m"], parts["d"]
            if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            taken.append((match.start(), match.end()))
            found.append(DateMention(match.start(), match.end(), month, day, parts["y"]))
    return sorted(found, key=lambda d: d.start)


def dates(text: str, after: date) -> list[date]:
    """Every date in ``text`` (year-less ones resolved to their next occurrence on or after ``after``)."""
    resolved = [m.resolve(after) for m in date_mentions(text)]
    return [d for d in resolved if d is not None]


def weekday_mentions(text: str) -> list[tuple[int, int]]:
    """(position, weekday 0=Monday) for every weekday name or abbreviation (``Wed``, ``Thurs``) in ``text``."""
    pattern = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b",
                         re.IGNORECASE)
    result = []
    for match in pattern.finditer(text):
        prefix = match.group(1).lower()[:3]
        result.append((match.start(), [w[:3] for w in WEEKDAYS].index(prefix)))
    return result


def times(text: str) -> list[tuple[int, int]]:
    """Clock times as (hour, minute) in 24-hour form: ``13:30``, ``1:30 pm``, ``1.30pm``, ``10am``, ``noon``."""
    found: list[tuple[int, tuple[int, int]]] = []
    for match in _TIME.finditer(text):
        if match.group(3):
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            pm = match.group(3).lower().startswith("p")
            if not 1 <= hour <= 12:
                continue
            hour = (hour % 12) + (12 if pm else 0)
        else:
            hour, minute = int(match.group(4)), int(match.group(5))
        if minute < 60:
            found.append((match.start(), (hour, minute)))
    found += [(m.start(), (12, 0)) for m in _NOON.finditer(text)]
    return [t for _, t in sorted(found)]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).lower()


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK = re.compile(r"^([01]?\d|2[0-3]):(\d{2})$")
NUMERIC = re.compile(r"^[$]?-?\d[\d,]*(?:\.\d+)?%?$")


def has_value(text: str, value: str) -> bool:
    """True when ``text`` states ``value`` in some phrasing.

    ``value`` kinds: an ISO date (``2027-01-19``: any written form of that day with a month), a clock
    time (``13:30``: also ``1:30 pm``), a number or amount (``5``, ``3.0``, ``$23.50``, ``18,400``: numerically,
    digits or words), otherwise text (case, spacing and curly quotes ignored; on word boundaries).
    """
    if ISO_DATE.match(value):
        wanted = date.fromisoformat(value)
        for mention in date_mentions(text):
            if (mention.month, mention.day) == (wanted.month, wanted.day) and mention.year in (None, wanted.year):
                return True
        return False
    clock = CLOCK.match(value)
    if clock:
        return (int(clock.group(1)), int(clock.group(2))) in times(text)
    if NUMERIC.match(value):
        target = _to_number(value.strip("$%"))
        return target is not None and any(abs(n - target) < 1e-9 for n in numbers(text))
    needle = _norm(value).strip()
    haystack = _norm(text)
    left = r"(?<!\w)" if needle[:1].isalnum() else ""
    right = r"(?!\w)" if needle[-1:].isalnum() else ""
    return re.search(left + re.escape(needle) + right, haystack) is not None


def has_value_near(text: str, value: str, near: str | None) -> bool:
    """``has_value``, and when ``near`` (a case-insensitive regex) is given, in a clause that matches it too:
    "Tomas" near "runner" needs a sentence or line naming both."""
    if near is None:
        return has_value(text, value)
    return any(re.search(near, c, re.IGNORECASE) and has_value(c, value) for c in clauses(text))


def clauses(text: str) -> list[str]:
    """``text`` cut into clauses: sentences, lines, list items, and at ``but``/``;`` (for yes/no reading)."""
    parts = re.split(r"(?<=[.!?])\s+|[\n;]+|\s+-\s+|,?\s+\bbut\b\s+|,\s+(?:while|whereas|although)\b", text)
    return [p.strip() for p in parts if p and p.strip()]


NEGATIVE = re.compile(
    r"\b(no|not|nope|can't|cannot|can ?not|won't|doesn't|don't|isn't|unavailable|busy|conflict|clash|out|"
    r"impossible|blocked|away|off)\b|✗|❌|\bn/a\b", re.IGNORECASE)
_NO_PROBLEM = re.compile(r"\b(no problem|no worries|not a problem|no issue|no conflicts?)\b", re.IGNORECASE)
POSITIVE = re.compile(r"\b(yes|yep|works?|fine|free|ok|okay|available|good|great|can do|sure)\b|✓|✅|👍",
                      re.IGNORECASE)


def polarity(clause: str) -> bool | None:
    """True (yes/works/free), False (no/cannot/busy) or None for a clause; negatives win over positives."""
    clause = _NO_PROBLEM.sub("fine", clause)
    if NEGATIVE.search(clause):
        return False
    if POSITIVE.search(clause):
        return True
    return None


def next_weekday(after: date, weekday: int) -> date:
    """The first day on or after ``after`` falling on ``weekday`` (0 = Monday)."""
    return after + timedelta(days=(weekday - after.weekday()) % 7)
