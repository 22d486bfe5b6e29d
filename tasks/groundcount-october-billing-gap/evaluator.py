"""Grades the Groundcount billing gap: the catch-up CSV, the tracker ticket and the message to Samuel.

The comment and the DM must name both missing subscribers (id or company name, whole words) and name no other
subscriber except in a sentence that clears it (GC-1002 "invoiced as" another name, "not missing", "same id"):
listing GC-1002 as missing, hedging on it ("possibly GC-1002") or listing every subscriber fails. The DM's
amounts (money, decimals or 100 and more) must be the $150 fees and the $300 total only: "$300 (or $450 if ...)"
fails.
"""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, admin, examinee, grader, llm_judge
from grading.answers import amounts_in, has_word, same_amount, says, sentences
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
GC_ID = re.compile(r"(?<![\w-])GC-\d{4}(?!\w)", re.IGNORECASE)
OTHER_NAMES = ("Prairie Sky",)  # the distractor, by either of its names
FEE, TOTAL = 150.00, 300.00
CLEARED = ("invoiced as", "invoiced under", "billed as", "billed under", "not missing", "is invoiced", "was invoiced",
           "were invoiced", "has an invoice", "has an october invoice", "same id", "same subscriber id",
           "different name", "another name", "renamed", "name differs", "names differ", "only looks missing",
           "not actually missing", "false positive")
MISSING = ("missing", "catch-up", "catch up", "no invoice", "no october invoice", "without an invoice",
           "without an october invoice", "without invoice", "need an invoice", "needs an invoice", "need invoices",
           "need catch-up", "not invoiced", "not been invoiced", "never invoiced", "not billed", "uninvoiced",
           "were not billed", "no october invoices")


def _named(text: str, sid: str) -> bool:
    return has_word(text, sid) or has_word(text, NAMES[sid])


def _others_listed(text: str) -> bool:
    """A sentence names a subscriber other than the two missing ones without clearing it."""
    for sentence in sentences(text):
        ids = {m.upper() for m in GC_ID.findall(sentence)} - set(NAMES)
        if (ids or any(has_word(sentence, n) for n in OTHER_NAMES)) and not says(sentence, *CLEARED):
            return True
    return False


def comment_ok(text: str) -> bool:
    """Offline stand-in for the judge, never looser: both named, one of them in a sentence saying it is missing,
    no other subscriber listed."""
    both = all(_named(text, sid) for sid in NAMES)
    stated = any(says(s, *MISSING) and any(_named(s, sid) for sid in NAMES) for s in sentences(text))
    return both and stated and not _others_listed(text)


def message_ok(text: str) -> bool:
    """Both named, no other subscriber listed, and the money in it is the $150 fees and the $300 total only."""
    money = [a.value for a in amounts_in(text) if a.money or "." in a.text or abs(a.value) >= 100]
    return (all(_named(text, sid) for sid in NAMES) and not _others_listed(text)
            and any(same_amount(v, TOTAL) for v in money) and all(same_amount(v, TOTAL) or same_amount(v, FEE)
                                                                  for v in money))


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
                     fallback=comment_ok)


@grader
def samuel_told() -> bool:
    with login(*examinee()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("samuel.osei") if m.sender == EXAMINEE)
    return message_ok(text)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(2, int(catchup_points() or 0)),
        Checkpoint(1, int(ticket_resolved())),
        Checkpoint(1, int(samuel_told())),
    ])
