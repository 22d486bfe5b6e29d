"""Grades the November three-way match: the question to the PO's approver (chat) and Kai's comment on Victor's
issue (tracker).

The comment (Kai's latest comment on the issue naming at least three invoices) is cut into sections at heading
lines (a markdown heading, a bold line, a short line ending with ':') and, inside a section, into entries: a line
naming an invoice starts an entry, lines naming none continue it; an entry naming several invoices is judged
clause by clause (cut at ; sentence ends, line breaks and "while/whereas/but/and" before a count). An entry is a
flag when it says so in its own words (discrepancy, mismatch, hold, over-billed, not received, ...
negation-aware), else cleared when it says the invoice matches (matches, OK, can be paid, rounding, ...), else it
takes its section heading's side. An entry about one discrepancy must name that invoice alone, its kind of
problem and no other kind, and the amount in question.
"""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import amounts_in, has_word, is_about, same_amount, says
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
PROJECT = "finance-ops"
SUBJECT = "November three-way match before the payment run"
INVOICES = ("GPTS-20931", "CCF-7782", "SVN-5530", "PPS-2291", "GPTS-20958", "CCF-7790", "SVN-5541")
MATCHING = {"GPTS-20931", "PPS-2291", "GPTS-20958", "SVN-5541"}  # PPS-2291: 1 cent of tax rounding
# invoice -> amounts in question (net, or with 7.25 % tax)
AMOUNTS = {"CCF-7782": (310.00, 332.48, 332.47), "SVN-5530": (92.00, 98.67, 46.00), "CCF-7790": (378.00, 405.41)}

FLAG_WORDS = ("discrepancy", "discrepancies", "mismatch", "mismatched", "flag", "flagged", "hold", "on hold", "held",
              "do not pay", "don't pay", "not to be paid", "not payable", "over-billed", "overbilled", "overbilling",
              "over-billing", "overcharged", "overcharge", "over-charged", "billed for more", "not received",
              "never received", "no receiving record", "not delivered", "backordered", "backorder", "back-ordered",
              "short-shipped", "exceeds", "higher than the PO", "corrected invoice", "credit note", "credit memo",
              "dispute", "disputed")
CLEAR_WORDS = ("matches", "match", "matched", "ok", "okay", "can be paid", "ready to pay", "ready for payment",
               "approved for payment", "pay in the run", "clean", "no discrepancy", "no discrepancies", "no issue",
               "no issues", "within tolerance", "rounding", "fine", "✓", "✅", "all good")
PRICE = re.compile(r"\b(?:658|612)(?:\.00)?\b|price\s+(?:increase|difference|change|mismatch|discrepancy|differs)|"
                   r"higher\s+(?:unit\s+)?price", re.IGNORECASE)
# the chairs' shortfall in words of its own (a kind of problem other entries must not claim)
SHORTFALL = re.compile(r"backorder|back-order|\bshort\b|only\s+(?:3|three)\b|\b(?:3|three)\s+(?:of|out\s+of)\s+"
                       r"(?:4|four)\b|(?:3|three)\s+(?:were\s+|was\s+)?received|received\s+(?:only\s+)?(?:3|three)\b",
                       re.IGNORECASE)
QUANTITY = re.compile(rf"quantit|\bqty\b|{SHORTFALL.pattern}", re.IGNORECASE)
NOT_RECEIVED = re.compile(r"not\s+(?:yet\s+|been\s+)*received|never\s+received|no\s+receiv|not\s+(?:yet\s+)?delivered|"
                          r"no\s+(?:goods\s+)?receipt|nothing\s+(?:was\s+)?received|missing\s+(?:from\s+the\s+)?"
                          r"receiving|not\s+in\s+the\s+receiving", re.IGNORECASE)
DECISION = ("not approved", "did not approve", "didn't approve", "has not approved", "hasn't approved",
            "never approved", "not accept", "won't accept", "does not accept", "doesn't accept", "rejected",
            "declined", "corrected invoice", "credit note", "credit memo", "PO price stands")
_CLAUSES = re.compile(r";|\n|(?<=[.!?])\s+|\s(?:while|whereas|but|and)\s(?=\d|all|the\s+other|the\s+rest)",
                      re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+.*|\*\*[^*]+\*\*:?\s*|__[^_]+__:?\s*)$")


def _invoice_pattern(number: str) -> re.Pattern[str]:
    prefix, digits = number.split("-")
    return re.compile(rf"(?<![\w-]){prefix}[\s#-]?{digits}(?!\d)", re.IGNORECASE)


_INVOICE = {number: _invoice_pattern(number) for number in INVOICES}


def invoices_in(text: str) -> set[str]:
    return {number for number, pattern in _INVOICE.items() if pattern.search(text)}


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if invoices_in(stripped):
        return False
    return bool(_HEADING.match(stripped)) or (stripped.endswith(":") and len(stripped.split()) <= 8)


def entries(comment: str) -> list[tuple[str, str]]:
    """(section heading, entry text) pairs (module docstring)."""
    found: list[tuple[str, str]] = []
    heading, current = "", ""
    for line in comment.splitlines():
        if not line.strip() or re.match(r"^\|?[\s:|-]+\|?$", line.strip()):
            continue
        if _is_heading(line):
            if current:
                found.append((heading, current))
            heading, current = line.strip(), ""
            continue
        if invoices_in(line):
            if current:
                found.append((heading, current))
            current = line.strip()
        elif current:
            current += "\n" + line.strip()
    if current:
        found.append((heading, current))
    return found


def side(heading: str, entry: str) -> str | None:
    """'flag', 'clear' or None for an entry."""
    if says(entry, *FLAG_WORDS):
        return "flag"
    if says(entry, *CLEAR_WORDS):
        return "clear"
    if says(heading, *FLAG_WORDS):
        return "flag"
    if says(heading, *CLEAR_WORDS):
        return "clear"
    return None


def sides(comment: str) -> tuple[set[str], set[str]]:
    """(flagged invoices, cleared invoices)."""
    flagged: set[str] = set()
    cleared: set[str] = set()
    for heading, entry in entries(comment):
        # an entry naming several invoices is judged clause by clause ("3 have discrepancies (A, B, C); 4 match")
        parts = _CLAUSES.split(entry) if len(invoices_in(entry)) > 1 else [entry]
        for part in parts:
            verdict = side(heading, part)
            if verdict == "flag":
                flagged |= invoices_in(part)
            elif verdict == "clear":
                cleared |= invoices_in(part)
    return flagged, cleared


def _states_amount(entry: str, number: str) -> bool:
    return any(same_amount(abs(a.value), expected) for a in amounts_in(entry) for expected in AMOUNTS[number])


def flag_entry(comment: str, number: str, required: re.Pattern[str], *forbidden: re.Pattern[str],
               decision: bool = False) -> bool:
    """A flag entry about ``number`` alone that names its kind of problem, no other kind, and the amount."""
    for heading, entry in entries(comment):
        if invoices_in(entry) != {number} or side(heading, entry) != "flag":
            continue
        if (required.search(entry) and not any(f.search(entry) for f in forbidden)
                and _states_amount(entry, number)
                and (not decision or (has_word(entry, "Priya") and says(entry, *DECISION)))):
            return True
    return False


def quantity_flagged(comment: str) -> bool:
    return flag_entry(comment, "CCF-7782", QUANTITY, PRICE)


def price_flagged(comment: str) -> bool:
    return flag_entry(comment, "SVN-5530", PRICE, SHORTFALL, NOT_RECEIVED, decision=True)


def not_received_flagged(comment: str) -> bool:
    return flag_entry(comment, "CCF-7790", NOT_RECEIVED, PRICE, SHORTFALL)


def exactly_the_discrepancies(comment: str) -> bool:
    flagged, _ = sides(comment)
    return flagged == set(INVOICES) - MATCHING


def matches_listed(comment: str) -> bool:
    flagged, cleared = sides(comment)
    return cleared >= MATCHING and not (cleared & (set(INVOICES) - MATCHING)) and not (flagged & MATCHING)


# ---- the services ----

_cache: dict[str, str] = {}


def comment() -> str:
    if "comment" not in _cache:
        tracker = TrackerClient(*admin())
        issue = tracker.find_issue(PROJECT, SUBJECT)
        if issue is None:
            raise ValueError("the issue is gone")
        texts = [c.text for c in tracker.issue(issue.id).comments
                 if c.author == EXAMINEE and len(invoices_in(c.text or "")) >= 3]
        if not texts:
            raise ValueError("no comment by kai.morgan naming the invoices")
        _cache["comment"] = texts[-1]
    return _cache["comment"]


@grader
def asked_approver() -> bool:
    with login(*examinee()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("priya.natarajan") if m.sender == EXAMINEE)
    return is_about(text, "SVN-5530", "SVN 5530", "5530", "switch", "switches", "price", "Salt Valley",
                    "PO-2026-0418", "0418", "658")


@grader
def cp_quantity() -> bool:
    return quantity_flagged(comment())


@grader
def cp_price() -> bool:
    return price_flagged(comment())


@grader
def cp_not_received() -> bool:
    return not_received_flagged(comment())


@grader
def cp_exact_flags() -> int:
    return 2 if exactly_the_discrepancies(comment()) else 0


@grader
def cp_matches() -> bool:
    return matches_listed(comment())


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_approver())),
        Checkpoint(1, int(cp_quantity())),
        Checkpoint(1, int(cp_price())),
        Checkpoint(1, int(cp_not_received())),
        Checkpoint(2, int(cp_exact_flags() or 0)),
        Checkpoint(1, int(cp_matches())),
    ])
