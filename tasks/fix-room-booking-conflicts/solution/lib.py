"""Shared by the solutions (run with python_default): the bookings, the clash rule, asking, messaging."""

import csv
import io
import os
import sys
from itertools import pairwise

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.reading import times

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
PATH = "Admin/Office/Room_Bookings_2026-W49.csv"
SEATS = {"Sideoats": 4, "Switchgrass": 8, "Bluestem": 24}  # Documents/Office_Guide.md
files = FilesClient(USER, PASSWORD)


def load() -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(files.download_text(PATH)))
    return list(reader.fieldnames or []), list(reader)


def save(columns: list[str], rows: list[dict[str, str]]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    files.upload(PATH, out.getvalue())


def overlap(a: dict[str, str], b: dict[str, str]) -> bool:
    return a["date"] == b["date"] and a["start"] < b["end"] and b["start"] < a["end"]


def clashes(rows: list[dict[str, str]], *, touching: bool = False) -> list[tuple[dict[str, str], dict[str, str]]]:
    """(earlier, later) pairs of bookings of one room that overlap (``touching``: also back to back)."""
    pairs = []
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            same = a["room"] == b["room"] and a["date"] == b["date"]
            hit = overlap(a, b) or (touching and (a["end"] == b["start"] or b["end"] == a["start"]))
            if same and hit:
                pairs.append((a, b) if a["booked_at"] <= b["booked_at"] else (b, a))
    return pairs


def free_room(rows: list[dict[str, str]], booking: dict[str, str]) -> str | None:
    """The smallest room that seats everyone and is free at the booking's time (its own room excluded)."""
    for room in sorted(SEATS, key=SEATS.get):
        if room == booking["room"] or SEATS[room] < int(booking["attendees"]):
            continue
        if not any(r is not booking and r["room"] == room and overlap(r, booking) for r in rows):
            return room
    return None


def ask(person: str, text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask(person, text, timeout=120)


def tell(person: str, text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message(person, text)


def hhmm(hour_minute: tuple[int, int]) -> str:
    return f"{hour_minute[0]:02d}:{hour_minute[1]:02d}"


def new_times(reply: str, minutes: int) -> tuple[str, str]:
    """The start and end the organiser asks for: the last two consecutive times ``minutes`` apart, or the
    last time named plus ``minutes``."""
    found = [h * 60 + m for h, m in times(reply)]
    pairs = [(a, b) for a, b in pairwise(found) if b - a == minutes]
    start, end = pairs[-1] if pairs else (found[-1], found[-1] + minutes)
    return hhmm(divmod(start, 60)), hhmm(divmod(end, 60))


def minutes(booking: dict[str, str]) -> int:
    (h1, m1), (h2, m2) = (map(int, booking[k].split(":")) for k in ("start", "end"))
    return h2 * 60 + m2 - h1 * 60 - m1
