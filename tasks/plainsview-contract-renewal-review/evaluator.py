"""Grades the hosting contract memo (file share) and the direct message to Victor Mendes."""

from __future__ import annotations

import re
from datetime import date

from grading import Checkpoint, Result, examinee, grader, llm_judge
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
MEMO = "Finance/Vendors/Plainsview_Contract_Review_2026-11.md"
NO_CREDIT = re.compile(
    r"\bno\b[^.\n]{0,40}\bcredit|credit[^.\n]{0,40}\b(?:not|n't)\b[^.\n]{0,20}"
    r"(?:due|owed|apply|applicable|eligible|triggered|available|payable)"
    r"|not (?:eligible|entitled)[^.\n]{0,30}credit|credit[^.\n]{0,15}(?::|is|=|of)\s*\$?0(?:\.00)?\b"
    r"|does(?: not|n't) qualify|credit[^.\n]{0,40}\bnone\b",
    re.IGNORECASE)


def date_pattern(d: date) -> str:
    """A regex matching ``d`` written as ISO, US numeric, "October 2, 2027" or "2 October 2027"."""
    month, abbrev = d.strftime("%B"), d.strftime("%b")
    names = rf"(?:{month}|{abbrev}\.?)"
    day = rf"0?{d.day}(?:st|nd|rd|th)?"
    return "|".join([re.escape(d.isoformat()), rf"0?{d.month}/0?{d.day}/{d.year}",
                     rf"{names}\s+{day},?\s+{d.year}", rf"{day}\s+(?:of\s+)?{names},?\s+{d.year}"])


# 90 days before 2027-12-31 is Saturday 2027-10-02; the Friday before is accepted as well
NOTICE = re.compile(f"{date_pattern(date(2027, 10, 2))}|{date_pattern(date(2027, 10, 1))}", re.IGNORECASE)

_cache: dict[str, str] = {}


def memo() -> str:
    if "memo" not in _cache:
        _cache["memo"] = FilesClient(*examinee()).download_text(MEMO).replace("\u00a0", " ")
    return _cache["memo"]


def _amount(value: str) -> re.Pattern[str]:
    """``19136`` -> matches 19,136 / 19136 / 19,136.00 (not part of a longer number)."""
    thousands, rest = value[:-3], value[-3:]
    return re.compile(rf"(?<![\d.,]){thousands},?{rest}(?:\.00)?(?![\d]|[.,]\d)")


@grader
def notice_deadline() -> bool:
    return NOTICE.search(memo()) is not None


@grader
def renewal_fee_cap() -> bool:
    return _amount("19136").search(memo()) is not None


@grader
def exit_cost() -> bool:
    return _amount("110400").search(memo()) is not None


@grader
def availability_figure() -> bool:
    return re.search(r"99\.906|99\.91\s*%", memo()) is not None


@grader
def no_credit_conclusion() -> bool:
    return llm_judge(memo(), "The memo concludes that no SLA credit is owed for October 2026, because the October "
                             "availability (about 99.906%, 42 minutes of downtime) is not below the 99.9% guarantee.",
                     fallback=lambda text: NO_CREDIT.search(text) is not None)


@grader
def victor_told() -> bool:
    with login(*examinee()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("victor.mendes") if m.sender == EXAMINEE)
    return NOTICE.search(text) is not None


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(notice_deadline())),
        Checkpoint(1, int(renewal_fee_cap())),
        Checkpoint(1, int(exit_cost())),
        Checkpoint(2, int(availability_figure()) + int(no_credit_conclusion())),
        Checkpoint(1, int(victor_told())),
    ])
