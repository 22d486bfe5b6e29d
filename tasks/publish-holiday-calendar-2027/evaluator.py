"""Grades the 2027 holiday calendar file on the share and its announcement in #general."""

import csv
import io
import re
from datetime import date

from grading import Checkpoint, Result, admin, grader, llm_judge
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
PATH = "HR/Holiday_Calendar_2027.csv"
HEADER = ["date", "weekday", "name", "type", "office_closed"]
HOLIDAYS = {  # date -> what the name must say
    "2027-01-01": r"new year", "2027-01-18": r"king|mlk", "2027-02-15": r"president",
    "2027-05-31": r"memorial", "2027-06-18": r"juneteenth.*observed", "2027-07-05": r"independence.*observed",
    "2027-09-06": r"labor", "2027-11-25": r"thanksgiving", "2027-11-26": r"after thanksgiving",
    "2027-12-24": r"christmas eve", "2027-12-27": r"christmas day.*observed",
    "2027-12-31": r"new year.*observed",
}
CLOSURE = {"2027-12-28", "2027-12-29", "2027-12-30"}
EXPECTED = set(HOLIDAYS) | CLOSURE
MOVED = {  # the weekend holidays and their observed dates, as people write them
    "juneteenth": r"06-18|6/18|jun(e)?\.? 18|18 jun",
    "independence": r"07-05|7/5|jul(y)?\.? 0?5\b|\b0?5 jul",
    "christmas": r"12-27|12/27|dec(ember)?\.? 27|27 dec",
    "new year": r"12-31|12/31|dec(ember)?\.? 31|31 dec",
}


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


@grader
def rows_described_right() -> bool:
    rows = _rows()
    if not {r["date"] for r in rows} & EXPECTED:
        return False
    for row in rows:
        day = date.fromisoformat(row["date"])
        if row["weekday"].lower() != day.strftime("%A").lower() or row["office_closed"].lower() != "yes":
            return False
        if row["date"] in CLOSURE:
            if "closure" not in row["type"].lower() or "closure" not in row["name"].lower():
                return False
        elif row["date"] in HOLIDAYS and (row["type"].lower() != "company holiday"
                                          or not re.search(HOLIDAYS[row["date"]], row["name"], re.IGNORECASE)):
            return False
    return [r["date"] for r in rows] == sorted(r["date"] for r in rows)


def _fallback(text: str) -> bool:
    lowered = text.lower()
    moved = sum(re.search(pattern, lowered) is not None for pattern in MOVED.values())
    return ("holiday_calendar_2027" in lowered and "president" in lowered
            and re.search(r"02-15|2/15|feb(ruary)?\.? 15|15 feb", lowered) is not None and moved >= 3)


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
        "December 31, 2027. It states no wrong dates.",
        fallback=_fallback,
    )


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(2, int(right_dates())),
        Checkpoint(1, int(rows_described_right())),
        Checkpoint(1, int(announced())),
    ])
