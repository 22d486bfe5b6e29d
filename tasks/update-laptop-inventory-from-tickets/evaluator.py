"""Grades the laptop inventory update (the CSV on the file share) and the hand-out count on the refresh ticket."""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import amounts_in, says, sentences
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
INVENTORY = "Admin/IT/laptop_inventory.csv"
ORIGINAL = "/utils/task/data/laptop_inventory.csv"  # the company's seeded file, for "nothing else changed"
HANDED_OUT = {"TG-LT-0232": "priya.natarajan", "TG-LT-0235": "ben.kowalski", "TG-LT-0236": "chloe.tran"}
NOT_YET = ("TG-LT-0233", "TG-LT-0234", "TG-LT-0237", "TG-LT-0238", "TG-LT-0239")  # still with IT
RETURNED = ("TG-LT-0188", "TG-LT-0191")  # collected for wiping
KEPT_FOR_NOW = {"TG-LT-0198": "chloe.tran", "TG-LT-0184": "tomas.lindqvist"}  # not back yet / ticket still open
LOST = "TG-LT-0197"
LOANER = ("TG-LT-0150", "raj.iyer")  # Lena's loan ended 11-09; Raj got it on 11-12
TOUCHED = {*HANDED_OUT, *RETURNED, LOST, LOANER[0]}
REFRESH = "Engineering laptop refresh (December 2026)"
HAND_OUT_WORDS = ("handed out", "handed over", "delivered", "given out", "distributed", "handed to", "out with",
                  "in use", "rolled out", "issued")


def _rows(text: str) -> dict[str, list[dict[str, str]]]:
    by_tag: dict[str, list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        by_tag.setdefault(row.get("asset_tag", "").upper(), []).append(row)
    return by_tag


_cache: dict[str, dict[str, list[dict[str, str]]]] = {}


def now() -> dict[str, list[dict[str, str]]]:
    if "now" not in _cache:
        _cache["now"] = _rows(FilesClient(*examinee()).download_text(INVENTORY))
    return _cache["now"]


def _one(tag: str) -> dict[str, str] | None:
    rows = now().get(tag, [])
    return rows[0] if len(rows) == 1 else None


def _assigned(tag: str) -> str | None:
    row = _one(tag)
    return None if row is None else row.get("assigned_to", "").lower()


def _in_use(tag: str) -> bool:
    row = _one(tag)
    return row is not None and row.get("status", "").lower() == "in use"


@grader
def handouts_recorded() -> bool:
    if not all(_assigned(tag) == person and _in_use(tag) for tag, person in HANDED_OUT.items()):
        return False
    return all(_assigned(tag) == "" and not _in_use(tag) for tag in NOT_YET)


@grader
def returns_recorded() -> bool:
    if not all(_assigned(tag) == "" and _one(tag) is not None and not _in_use(tag) for tag in RETURNED):
        return False
    return all(_assigned(tag) == person for tag, person in KEPT_FOR_NOW.items())


@grader
def loss_and_loaner_recorded() -> bool:
    lost = _one(LOST)
    if lost is None or lost.get("assigned_to") or not re.search(r"lost|stolen|written.?off|write.?off|retired",
                                                                lost.get("status", ""), re.IGNORECASE):
        return False
    return _assigned(LOANER[0]) == LOANER[1] and _in_use(LOANER[0]) and _assigned("TG-LT-0196") == "lena.fischer"


@grader
def nothing_else_changed() -> bool:
    """Every laptop no closed ticket touched keeps its assignee and status; no asset added or removed. Only
    awarded once a hand-out is recorded (the untouched file earns nothing here)."""
    if not any(_assigned(tag) == person for tag, person in HANDED_OUT.items()):
        return False
    with open(ORIGINAL, encoding="utf-8") as fh:
        original = _rows(fh.read())
    if set(original) != set(now()):
        return False
    for tag, rows in original.items():
        if tag in TOUCHED:
            continue
        row = _one(tag)
        if row is None or any(row.get(k, "").lower() != rows[0][k].lower() for k in ("assigned_to", "status")):
            return False
    return True


def _count(sentence: str) -> list[float]:
    """The counts a sentence states, besides the eight laptops of the order: digits and number words."""
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
    found = [a.value for a in amounts_in(re.sub(r"\bTG-LT-\d+\b|#\d+|\b0\d{3}\b", " ", sentence))]
    found += [float(v) for w, v in words.items() if re.search(rf"\b{w}\b", sentence, re.IGNORECASE)]
    return [v for v in found if v != 8]


@grader
def count_commented() -> bool:
    """A comment by Kai on the refresh ticket has a clause saying how many are handed out: 3; every such clause
    states 3 and no other count (the 8 of the order and asset tags aside)."""
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue("it-ops", REFRESH)
    if issue is None:
        return False
    text = "\n".join(c.text for c in issue.comments if c.author == EXAMINEE)
    clauses = [c for s in sentences(text) for c in re.split(r"[;,]|\s[-–—]\s", s) if c.strip()]
    claims = [c for c in clauses if says(c, *HAND_OUT_WORDS)]
    return bool(claims) and all(set(_count(s)) == {3.0} for s in claims)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(handouts_recorded())),
        Checkpoint(1, int(returns_recorded())),
        Checkpoint(1, int(loss_and_loaner_recorded())),
        Checkpoint(1, int(nothing_else_changed())),
        Checkpoint(1, int(count_commented())),
    ])
