"""Grades the expense check: Expense_Check.md on the file share, the question to Marcus, the total sent to Victor."""

from __future__ import annotations

import re

from grading import Checkpoint, Result, examinee, grader, llm_judge
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
CHECK_FILE = "Finance/Expenses/2026-11/Marcus_Webb/Expense_Check.md"
TOTAL = "626.15"  # 703.65 - 30.00 (hotel) - 16.00 (beer) - 31.50 (taxi)
TOTAL_WITH_TAXI = "657.65"

# (what the LLM judge checks, patterns that must all match on one line for the offline fallback)
ADJUSTMENTS: list[tuple[str, list[str]]] = [
    ("The document removes $30.00 from the hotel (lodging) line because the hotel folio shows $412.80, "
     "not the $442.80 claimed.",
     [r"hotel|lodging|folio|haymarket plaza", r"(?<![\d.])30(?:\.00)?(?![\d])"]),
    ("The document removes $16.00 from the Prairie Fire Grill dinner for the two beers, because alcohol is "
     "never reimbursable.",
     [r"beer|alcohol", r"(?<![\d.])16(?:\.00)?(?![\d])"]),
    ("The document removes the $31.50 taxi because there is no receipt and a missing-receipt declaration "
     "cannot be used (Marcus has already used his two declarations this year).",
     [r"taxi|cab", r"31\.50", r"receipt|declaration"]),
]


def _money(text: str) -> str:
    return text.replace("$", "").replace(",", "")


_cache: dict[str, str] = {}


def check_text() -> str:
    if "text" not in _cache:
        _cache["text"] = FilesClient(*examinee()).download_text(CHECK_FILE)
    return _cache["text"]


def _kai_wrote_to(partner: str) -> str:
    with login(*examinee()) as chat:
        return "\n".join(m.body for m in chat.direct_messages(partner) if m.sender == EXAMINEE)


@grader
def asked_marcus() -> bool:
    return re.search(r"taxi|cab|receipt|declaration", _kai_wrote_to("marcus.webb"), re.IGNORECASE) is not None


@grader
def total_points() -> int:
    text = _money(check_text())
    if TOTAL not in text:
        return 0
    return 1 if TOTAL_WITH_TAXI in text else 2


def _line_fallback(patterns: list[str]) -> bool:
    lines = _money(check_text()).splitlines()
    return any(all(re.search(p, line, re.IGNORECASE) for p in patterns) for line in lines)


@grader
def adjustments_points() -> int:
    text = check_text()
    return sum(
        1 for predicate, patterns in ADJUSTMENTS
        if llm_judge(text, predicate, fallback=lambda _, p=patterns: _line_fallback(p))
    )


@grader
def victor_told() -> bool:
    return TOTAL in _money(_kai_wrote_to("victor.mendes"))


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_marcus())),
        Checkpoint(2, int(total_points() or 0)),
        Checkpoint(3, int(adjustments_points() or 0)),
        Checkpoint(1, int(victor_told())),
    ])
