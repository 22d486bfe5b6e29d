"""Shared helper for the solutions (python_default): the 2027 rules, the calendar file and #general."""

import csv
import io
import os
import sys
from datetime import date, timedelta

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
YEAR = 2027
files = FilesClient(USER, PASSWORD)
HEADER = files.download_text("HR/Holiday_Calendar_2026.csv").splitlines()[0].split(",")


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def holidays(year: int) -> list[tuple[str, date]]:
    thanksgiving = nth_weekday(year, 11, 3, 4)
    return [("New Year's Day", date(year, 1, 1)), ("Martin Luther King Jr. Day", nth_weekday(year, 1, 0, 3)),
            ("Presidents' Day", nth_weekday(year, 2, 0, 3)), ("Memorial Day", last_weekday(year, 5, 0)),
            ("Juneteenth", date(year, 6, 19)), ("Independence Day", date(year, 7, 4)),
            ("Labor Day", nth_weekday(year, 9, 0, 1)), ("Thanksgiving Day", thanksgiving),
            ("Day after Thanksgiving", thanksgiving + timedelta(days=1)), ("Christmas Eve", date(year, 12, 24)),
            ("Christmas Day", date(year, 12, 25))]


def observed(year: int = YEAR, *, next_new_year: bool = True, skip_taken: bool = True) -> list[tuple[date, str, date]]:
    """(observed date, name, actual date) for the holidays observed in ``year``."""
    taken: dict[date, tuple[str, date]] = {}
    extra = [("New Year's Day", date(year + 1, 1, 1))] if next_new_year else []
    result = []
    for name, day in [*holidays(year), *extra]:
        shift = {5: -1, 6: 1}.get(day.weekday(), 0)
        moved = day + timedelta(days=shift)
        while skip_taken and (moved in taken or moved.weekday() >= 5):
            moved += timedelta(days=1)
        taken[moved] = (name, day)
        result.append((moved, name, day))
    return [r for r in result if r[0].year == year]


def closure_days(taken: set[date], year: int = YEAR) -> list[date]:
    days, day = [], date(year, 12, 24)
    while day <= date(year, 12, 31):
        if day.weekday() < 5 and day not in taken:
            days.append(day)
        day += timedelta(days=1)
    return days


def upload_calendar(rows: list[list[str]], **options) -> None:
    out = io.StringIO()
    writer = csv.writer(out, **{"lineterminator": "\n", **options})
    writer.writerow(HEADER)
    writer.writerows(rows)
    files.upload("HR/Holiday_Calendar_2027.csv", out.getvalue())
    print(out.getvalue())


def standard_rows() -> list[list[str]]:
    hol = observed()
    rows = [[d.isoformat(), d.strftime("%A"), n if d == actual else f"{n} (observed)", "company holiday", "yes"]
            for d, n, actual in hol]
    rows += [[d.isoformat(), d.strftime("%A"), "Year-end closure", "office closure (no PTO needed)", "yes"]
             for d in closure_days({d for d, _, _ in hol})]
    return sorted(rows)


def post_general(text: str) -> None:
    print(text)
    with login(USER, PASSWORD) as chat:
        chat.send_message("general", text)
