"""Grades the room bookings: the fixed calendar export on the file share and the messages to the organisers."""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import has_word, is_about
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
PATH = "Admin/Office/Room_Bookings_2026-W49.csv"
ORIGINAL = "/utils/task/data/Room_Bookings_2026-W49.csv"
# later bookings of an overlapping pair -> (room, start, end) they must have now
SIMPLE_MOVES = {"B04": ("Bluestem", "11:00", "12:00"), "B07": ("Switchgrass", "09:30", "10:30"),
                "B16": ("Switchgrass", "11:30", "12:30")}
LENA_MOVE = {"B09": ("Switchgrass", "16:00", "17:00")}  # what Lena asks for when Kai asks her
MOVED = {"elena.popescu": "Bluestem", "grace.liu": "Switchgrass", "raj.iyer": "Switchgrass",
         "lena.fischer": "Switchgrass"}
KEPT = {"priya.natarajan", "rachel.kim", "hannah.brooks", "victor.mendes", "jordan.ellis", "omar.haddad",
        "margaret.okafor", "felix.wagner", "samuel.osei", "sofia.alvarez"}


def _time(value: str) -> str:
    """"9:30", "09:30", "09:30:00", "9.30" -> "09:30"; anything else unchanged."""
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})(?::00)?\s*", value or "")
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else (value or "").strip()


def _rows(text: str) -> dict[str, list[dict[str, str]]]:
    by_id: dict[str, list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        row["start"], row["end"] = _time(row.get("start", "")), _time(row.get("end", ""))
        by_id.setdefault(row.get("booking_id", ""), []).append(row)
    return by_id


_cache: dict[str, dict[str, list[dict[str, str]]]] = {}


def now() -> dict[str, list[dict[str, str]]]:
    if "now" not in _cache:
        _cache["now"] = _rows(FilesClient(*examinee()).download_text(PATH))
    return _cache["now"]


def _original() -> dict[str, list[dict[str, str]]]:
    with open(ORIGINAL, encoding="utf-8") as fh:
        return _rows(fh.read())


def _booked(booking: str, room: str, start: str, end: str) -> bool:
    rows = now().get(booking, [])
    return (len(rows) == 1 and rows[0].get("room", "").lower() == room.lower() and rows[0]["start"] == start
            and rows[0]["end"] == end and rows[0].get("date") == _original()[booking][0]["date"])


@grader
def simple_moves() -> bool:
    return all(_booked(b, *target) for b, target in SIMPLE_MOVES.items())


@grader
def debrief_moved_as_lena_asked() -> bool:
    return all(_booked(b, *target) for b, target in LENA_MOVE.items())


@grader
def nothing_else_changed() -> bool:
    """Every booking that was not the later half of a clash is exactly as it was; no row added or removed.
    Only awarded once at least one clash was fixed (the untouched file earns nothing here)."""
    if not any(_booked(b, *t) for b, t in (SIMPLE_MOVES | LENA_MOVE).items()):
        return False
    original, current = _original(), now()
    if set(current) != set(original):
        return False
    fields = ("room", "date", "start", "end", "organizer", "attendees", "title")
    for booking, rows in original.items():
        if booking in SIMPLE_MOVES or booking in LENA_MOVE:
            continue
        if len(current[booking]) != 1 or any(current[booking][0].get(f) != rows[0][f] for f in fields):
            return False
    return True


def _kai_to(person: str, *, after_reply: bool = False) -> str:
    """Kai's DMs to ``person`` (with ``after_reply``: only those sent after the person's first reply)."""
    with login(*admin()) as chat:
        messages = chat.direct_messages(person, username=EXAMINEE)
    replies = [m.timestamp for m in messages if m.sender == person]
    if after_reply and not replies:
        return ""
    return "\n".join(m.body for m in messages
                     if m.sender == EXAMINEE and (not after_reply or m.timestamp > min(replies)))


@grader
def asked_lena() -> bool:
    return is_about(_kai_to("lena.fischer"), "debrief", "Switchgrass", "booking", "booked", "room", "clash",
                    "conflict", "double-booked", "overlap", "partner call")


ROOM_TOPIC = ("room", "booking", "booked", "Bluestem", "Switchgrass", "Sideoats", "moved", "move", "calendar",
              "double-booked", "clash", "conflict", "meeting")


@grader
def organisers_told() -> bool:
    """Elena, Grace and Raj each got a DM naming their new room, Lena one (after her reply) naming Switchgrass
    and 16:00; no organiser whose booking stayed got a message about rooms or bookings."""
    if any(is_about(_kai_to(person), *ROOM_TOPIC) for person in KEPT):
        return False
    for person, room in MOVED.items():
        text = _kai_to(person, after_reply=person == "lena.fischer")
        if not has_word(text, room):
            return False
        if person == "lena.fischer" and not re.search(r"\b16[:.]00\b|\b4 ?pm\b|\b4:00 ?pm\b", text, re.IGNORECASE):
            return False
    return True


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(simple_moves())),
        Checkpoint(1, int(debrief_moved_as_lena_asked())),
        Checkpoint(1, int(nothing_else_changed())),
        Checkpoint(1, int(asked_lena())),
        Checkpoint(1, int(organisers_told())),
    ])
