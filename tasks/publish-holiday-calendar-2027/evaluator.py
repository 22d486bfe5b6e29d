"""Grades the 2027 holiday calendar file on the share and its announcement in #general."""

import csv
import io
import itertools
import re
from datetime import date

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.answers import sentences
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.reading import DateMention, date_mentions

EXAMINEE = "kai.morgan"
PATH = "HR/Holiday_Calendar_2027.csv"
HEADER = ["date", "weekday", "name", "type", "office_closed"]
# Which holiday a name (or a mention in the announcement) is about: key -> pattern.
KEYS = {
    "new_year": r"new\s+year", "mlk": r"\bking\b|\bmlk\b", "presidents": r"president",
    "memorial": r"memorial", "juneteenth": r"juneteenth", "independence": r"independence|fourth of july|4th of july",
    "labor": r"\blabou?r\s+day", "thanksgiving": r"(?<!after )thanksgiving",
    "after_thanksgiving": r"after thanksgiving",
    "christmas_eve": r"christmas\s+eve", "christmas": r"christmas(?!\s+eve)",
}
HOLIDAYS = {  # date -> the holiday it is
    "2027-01-01": "new_year", "2027-01-18": "mlk", "2027-02-15": "presidents", "2027-05-31": "memorial",
    "2027-06-18": "juneteenth", "2027-07-05": "independence", "2027-09-06": "labor", "2027-11-25": "thanksgiving",
    "2027-11-26": "after_thanksgiving", "2027-12-24": "christmas_eve", "2027-12-27": "christmas",
    "2027-12-31": "new_year",
}
MOVED = {"2027-06-18", "2027-07-05", "2027-12-27", "2027-12-31"}
CLOSURE = {"2027-12-28", "2027-12-29", "2027-12-30"}
EXPECTED = set(HOLIDAYS) | CLOSURE
# the days an announcement may give for each holiday: the observed day, and for a moved one its actual day
VALID = {key: {date.fromisoformat(d) for d, k in HOLIDAYS.items() if k == key} for key in KEYS}
ACTUAL = {"juneteenth": date(2027, 6, 19), "independence": date(2027, 7, 4), "christmas": date(2027, 12, 25),
          "new_year": date(2028, 1, 1)}
OBSERVED = {"juneteenth": date(2027, 6, 18), "independence": date(2027, 7, 5), "christmas": date(2027, 12, 27),
            "new_year": date(2027, 12, 31)}


def _rows() -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(FilesClient(*admin()).download_text(PATH).lstrip("\ufeff")))
    if [f.strip() for f in reader.fieldnames or []] != HEADER:
        raise AssertionError(f"columns {reader.fieldnames} differ from the 2026 file")
    return [{k.strip(): (v or "").strip() for k, v in r.items() if k} for r in reader]


@grader
def right_dates() -> int:
    dates = [r["date"] for r in _rows()]
    found = set(dates)
    if found == EXPECTED and len(dates) == len(EXPECTED):
        return 2
    return int(len(found & EXPECTED) >= len(EXPECTED) - 2 and len(found - EXPECTED) <= 1)


def holiday_keys(name: str) -> set[str]:
    """The holidays a calendar name is about, read outside its parenthesised asides."""
    core = re.sub(r"\([^)]*\)", " ", name)
    return {key for key, pattern in KEYS.items() if re.search(pattern, core, re.IGNORECASE)}


def row_problem(row: dict[str, str]) -> str | None:
    """Why a row is described wrongly, or None."""
    day = date.fromisoformat(row["date"])
    if day.weekday() >= 5:
        return "a weekend day (the file lists weekdays the office is closed)"
    if row["weekday"].lower() != day.strftime("%A").lower() or row["office_closed"].lower() != "yes":
        return "weekday or office_closed"
    if row["date"] in CLOSURE:
        if "closure" not in row["type"].lower() or "closure" not in row["name"].lower():
            return "closure day not named a closure"
    elif row["date"] in HOLIDAYS:
        if row["type"].lower() != "company holiday" or holiday_keys(row["name"]) != {HOLIDAYS[row["date"]]}:
            return "not named as exactly its holiday"
        if ("observed" in row["name"].lower()) != (row["date"] in MOVED):
            return "'observed' missing or on a holiday on its own day"
    return None


@grader
def rows_described_right() -> bool:
    rows = _rows()
    if not {r["date"] for r in rows} & EXPECTED:
        return False
    if any(row_problem(row) for row in rows):
        return False
    return [r["date"] for r in rows] == sorted(r["date"] for r in rows)


_BOUNDARY = re.compile(r"[;,:()]|\s[-–—]\s|[–—]")
_WEEKEND = re.compile(r"\b(?:sat|saturday|sun|sunday|weekend|falls?)\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:or|either|maybe|perhaps|possibly|probably|not sure)\b", re.IGNORECASE)


def _resolve(mention: DateMention) -> date | None:
    try:
        return date(mention.year or 2027, mention.month, mention.day)
    except ValueError:
        return None


def _matches(day: date, valid: set[date], year_given: bool) -> bool:
    return day in valid if year_given else any((v.month, v.day) == (day.month, day.day) for v in valid)


def assigned_dates(text: str) -> tuple[dict[str, list[tuple[date, bool, bool]]], list[tuple[date, bool]]]:
    """Every date of the announcement given to the holiday it is written with: the nearest mention before it in
    its clause, else after it in its clause, else before it in its sentence, else after it. Returns per holiday
    (date, year written, a weekend word in its clause), and the dates written with no holiday."""
    per_key: dict[str, list[tuple[date, bool, bool]]] = {}
    free: list[tuple[date, bool]] = []
    for sentence in sentences(text):
        mentions = [(m.start(), m.end(), key) for key, pattern in KEYS.items()
                    for m in re.finditer(pattern, sentence, re.IGNORECASE)]
        dates_here = date_mentions(sentence)
        spans = [(d.start, d.end) for d in dates_here]
        cuts = [m.start() for m in _BOUNDARY.finditer(sentence) if not any(s <= m.start() < e for s, e in spans)]

        def clause(at: int, cuts: list[int] = cuts) -> int:
            return sum(c <= at for c in cuts)

        for mention in dates_here:
            day = _resolve(mention)
            if day is None:
                continue
            here = clause(mention.start)
            before = [m for m in mentions if m[1] <= mention.start]
            after = [m for m in mentions if m[0] >= mention.end]
            choice = (max((m for m in before if clause(m[0]) == here), default=None)
                      or min((m for m in after if clause(m[0]) == here), default=None)
                      or max(before, default=None) or min(after, default=None))
            if choice is None:
                free.append((day, mention.year is not None))
                continue
            start = max([0, *[c for c in cuts if c <= mention.start]])
            end = min([len(sentence), *[c for c in cuts if c > mention.start]])
            weekend = _WEEKEND.search(sentence[start:end]) is not None
            per_key.setdefault(choice[2], []).append((day, mention.year is not None, weekend))
    return per_key, free


def hedged(text: str) -> bool:
    """A clause offers two or more dates with a hedge word ("off Saturday June 19 or Friday June 18")."""
    for sentence in sentences(text):
        spans = [(d.start, d.end) for d in date_mentions(sentence)]
        cuts = [0, *(m.start() for m in _BOUNDARY.finditer(sentence)
                     if not any(s <= m.start() < e for s, e in spans)), len(sentence)]
        for start, end in itertools.pairwise(cuts):
            if _HEDGE.search(sentence[start:end]) and sum(start <= s < end for s, _ in spans) >= 2:
                return True
    return False


def announcement_fallback(text: str) -> bool:
    """The file named; Presidents' Day new with February 15; each of the four weekend holidays with its observed
    day; no date given to a holiday it is not (its actual weekend day only next to a weekend word: a hedge
    "June 19 or June 18" fails) and no stray date outside the calendar."""
    if "holiday_calendar_2027" not in text.lower() or hedged(text):
        return False
    if not any(re.search(KEYS["presidents"], s, re.I) and re.search(r"\bnew\b|added|first time|introduc", s, re.I)
               for s in sentences(text)):
        return False
    per_key, free = assigned_dates(text)
    if not any(_matches(d, VALID["presidents"], y) for d, y, _ in per_key.get("presidents", [])):
        return False
    for key, observed in OBSERVED.items():
        if not any(_matches(d, {observed}, y) for d, y, _ in per_key.get(key, [])):
            return False
    for key, given in per_key.items():
        for day, year_given, weekend in given:
            actual = ACTUAL.get(key)
            if _matches(day, VALID[key], year_given):
                continue
            if actual is not None and weekend and _matches(day, {actual}, year_given):
                continue
            return False
    calendar = {date.fromisoformat(d) for d in EXPECTED} | set(ACTUAL.values())
    return all(_matches(day, calendar, year_given) for day, year_given in free)


@grader
def announced() -> bool:
    with login(*admin()) as chat:
        text = "\n".join(m.body for m in chat.channel_messages("general") if m.sender == EXAMINEE)
    if not text.strip():
        return False
    return llm_judge(
        text,
        "This #general announcement says the 2027 holiday calendar is at HR/Holiday_Calendar_2027.csv, that "
        "Presidents' Day (Monday February 15) is new, and names the holidays observed on another day because "
        "they fall on a weekend with their correct observed dates: Juneteenth on Friday June 18, Independence "
        "Day on Monday July 5, Christmas Day on Monday December 27, and New Year's Day 2028 on Friday "
        "December 31, 2027. It states no wrong dates and does not hedge between dates.",
        fallback=announcement_fallback,
    )


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(2, int(right_dates())),
        Checkpoint(1, int(rows_described_right())),
        Checkpoint(1, int(announced())),
    ])
