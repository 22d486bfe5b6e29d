"""Grades the Groundcount billing gap: the catch-up CSV, the tracker ticket and the message to Samuel."""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
CATCHUP = "Finance/Groundcount_Catchup_2026-10.csv"
TICKET = "Reconcile Groundcount subscribers with Finance invoices"
COLUMNS = ["subscriber_id", "customer", "plan", "amount_usd", "billing_email"]
EXPECTED = {
    "GC-1044": {"subscriber_id": "GC-1044", "customer": "Winnipeg Comfort Air", "plan": "Basic",
                "amount_usd": "150.00", "billing_email": "billing@winnipegcomfortair.test"},
    "GC-1045": {"subscriber_id": "GC-1045", "customer": "Bright Pixel Agency", "plan": "Basic",
                "amount_usd": "150.00", "billing_email": "billing@brightpixelagency.test"},
}
NAMES = {"GC-1044": "Winnipeg Comfort Air", "GC-1045": "Bright Pixel Agency"}
GC_ID = re.compile(r"GC-\d{4}", re.IGNORECASE)


def _mentions_both(text: str) -> bool:
    return all(sid.lower() in text.lower() or NAMES[sid].lower() in text.lower() for sid in EXPECTED)


@grader
def catchup_points() -> int:
    text = FilesClient(*examinee()).download_text(CATCHUP).lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    rows = [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]
    ids = [row.get("subscriber_id", "").upper() for row in rows]
    if sorted(ids) != sorted(EXPECTED):
        return 0
    exact = [f.strip() for f in reader.fieldnames or []] == COLUMNS and all(
        {k: row.get(k) for k in COLUMNS} == EXPECTED[row["subscriber_id"].upper()] for row in rows)
    return 2 if exact else 1


def _comment_fallback(text: str) -> bool:
    ids = {m.upper() for m in GC_ID.findall(text)}
    return {"GC-1044", "GC-1045"} <= ids and ids <= {"GC-1044", "GC-1045", "GC-1002"}


@grader
def ticket_resolved() -> bool:
    issue = TrackerClient(*admin()).find_issue("data-platform", TICKET)
    if issue is None or issue.status not in ("Resolved", "Closed"):
        return False
    notes = "\n".join(c.text for c in issue.comments if c.author == EXAMINEE)
    if not notes.strip():
        return False
    return llm_judge(notes, "The comment identifies GC-1044 (Winnipeg Comfort Air) and GC-1045 (Bright Pixel "
                            "Agency) as the subscribers not invoiced in October, and lists no other subscriber as "
                            "missing (GC-1002 may only be mentioned as invoiced under a different name).",
                     fallback=_comment_fallback)


@grader
def samuel_told() -> bool:
    with login(*examinee()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("samuel.osei") if m.sender == EXAMINEE)
    amount = re.search(r"(?<![\d.,])\$?\s?300(?:\.00)?(?![\d,]|\.\d)", text.replace("USD", "")) is not None
    return amount and _mentions_both(text)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(2, int(catchup_points() or 0)),
        Checkpoint(1, int(ticket_resolved())),
        Checkpoint(1, int(samuel_told())),
    ])
