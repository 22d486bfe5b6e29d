"""Grades the expense check: Expense_Check.md on the file share, the question to Marcus, the total sent to Victor.

One answer per question: the file's labelled total (or, without a label, its sentence about what is reimbursed)
and the DM to Victor must offer 626.15 and no other total the three doubtful lines allow (a hedge or a list of
totals fails); a running balance (703.65 -> 673.65 -> ...) is not a hedge: a total followed by an arrow or by
the adjustment that leads to the next one is an intermediate figure. Each adjustment is credited from one entry
of the file (a table row with its header, a paragraph, a block, a bullet) that is about that line, names its
removed amount and no other adjustment's, says it is removed and gives its reason.
"""

from __future__ import annotations

import re
from itertools import combinations

from grading import Checkpoint, Result, examinee, grader, llm_judge
from grading.answers import Amount, amounts_in, is_about, labelled_values, same_amount, says, sentences, table_cell
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
CHECK_FILE = "Finance/Expenses/2026-11/Marcus_Webb/Expense_Check.md"
CLAIMED = 703.65
TOTAL = 626.15  # 703.65 - 30.00 (hotel) - 16.00 (beer) - 31.50 (taxi)
LARGEST_LINE = 442.80  # a value above this can only be a total
REMOVED = {"hotel": 30.00, "beers": 16.00, "taxi": 31.50}
# every total the three doubtful lines allow: offering a second one is a hedge or a list of guesses
TOTALS = sorted({round(CLAIMED - sum(c), 2) for r in range(4) for c in combinations(REMOVED.values(), r)})

TOTAL_LABELS = ("reimbursable total", "total reimbursable", "reimbursable amount", "amount reimbursable",
                "amount to reimburse", "total to reimburse", "to be reimbursed", "reimbursement total",
                "total reimbursement", "reimbursement due", "reimbursable", "approved total", "total approved",
                "amount payable", "total payable", "final total", "adjusted total", "corrected total",
                "total after adjustments")
TOTAL_COLUMNS = ("reimbursable", "reimburse", "allowed", "approved", "payable", "accepted")
REIMBURSE_WORDS = ("reimburse", "reimburses", "reimbursing", "reimbursed", "reimbursable", "reimbursement",
                   "payable", "pay out", "approve", "approved")
CHAIN = re.compile(r"→|->|=>|⟶|➔|⇒")
HEDGE = re.compile(r"\b(?:if|unless|depend\w*|alternativ\w*|otherwise|either|would|could|might|maybe|perhaps"
                   r"|possibl\w*|whichever)\b|\(\s*or\b|\bor\s+(?:USD\s?|US)?\$?\s?\d|\d\s*/\s*(?:USD\s?)?\$?\s?\d",
                   re.IGNORECASE)

# (what the LLM judge checks, words that make an entry about the line)
ADJUSTMENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "hotel": ("The document removes $30.00 from the hotel (lodging) line because the hotel folio shows $412.80, "
              "not the $442.80 claimed.",
              ("hotel", "lodging", "folio", "haymarket plaza")),
    "beers": ("The document removes $16.00 from the Prairie Fire Grill dinner for the two beers, because alcohol "
              "is never reimbursable.",
              ("beer", "beers", "alcohol", "alcoholic", "prairie fire")),
    "taxi": ("The document removes the $31.50 taxi because there is no receipt and a missing-receipt declaration "
             "cannot be used (Marcus has already used his two declarations this year).",
             ("taxi", "cab")),
}
REMOVAL_WORDS = ("removed", "remove", "removing", "deducted", "deduct", "deduction", "disallowed", "disallow",
                 "excluded", "exclude", "rejected", "reject", "reduced", "reduce", "subtracted", "subtract", "off",
                 "minus", "struck", "taken out", "adjustment", "adjusted", "over-claimed", "over-claim", "overclaimed",
                 "overcharged", "comes out", "not reimbursable", "never reimbursable", "non-reimbursable")
ALLOWED_WORDS = ("reimbursable", "reimbursed", "reimburse", "accepted", "accept", "allowed", "approved", "eligible",
                 "claimable", "covered", "paid")
USED_UP = re.compile(r"(both|two|2)\b[^.|]{0,40}declarations?\b[^.|]{0,30}\b(used|gone|spent|taken)|already used|"
                     r"used (both|up|all|his two)|no (more )?declarations? (left|remaining)|none left|exhausted",
                     re.IGNORECASE)


# ---- totals: one answer, running balances allowed ----

def _line(text: str, amount: Amount) -> str:
    start = text.rfind("\n", 0, amount.start) + 1
    end = text.find("\n", amount.end)
    return text[start:end if end >= 0 else len(text)]


def _chained(text: str, first: Amount, second: Amount) -> bool:
    """``first`` is an intermediate balance: an arrow, or the adjustment that turns it into ``second``, stands
    between them (and no hedging word)."""
    between = text[first.end:second.start]
    if HEDGE.search(between):
        return False
    if CHAIN.search(between):
        return True
    return any(same_amount(first.value - abs(x.value), second.value) for x in amounts_in(between))


def offered_totals(text: str) -> list[Amount]:
    """The totals ``text`` offers as an answer: the possible totals it states, less intermediate balances."""
    found = [a for a in amounts_in(text) if any(same_amount(a.value, t) for t in TOTALS)]
    return [a for a, nxt in zip(found, [*found[1:], None]) if nxt is None or not _chained(text, a, nxt)]


def stray_totals(text: str) -> list[float]:
    """Totals other than 626.15 that ``text`` offers (the claimed 703.65 only on a hedging line)."""
    return [a.value for a in offered_totals(text) if not same_amount(a.value, TOTAL)
            and not (same_amount(a.value, CLAIMED) and not HEDGE.search(_line(text, a)))]


def answers_total(text: str) -> bool:
    """``text`` offers 626.15 and no other total."""
    return any(same_amount(a.value, TOTAL) for a in offered_totals(text)) and not stray_totals(text)


def file_total_ok(text: str) -> bool:
    """The file's labelled total (or a table's total row in its reimbursable column, or, with neither, each
    sentence about what is reimbursed that states a total-sized amount) is 626.15, and the file offers no other
    total anywhere."""
    def total_sized(value: str) -> bool:
        return any(a.value > LARGEST_LINE + 0.005 and not same_amount(a.value, CLAIMED) for a in amounts_in(value))
    values = [v for v in labelled_values(text, *TOTAL_LABELS) if total_sized(v)]
    if not values:  # a table's total row, in its reimbursable column
        values = [c for row in ("total", "totals") for column in TOTAL_COLUMNS
                  if (c := table_cell(text, row, column)) is not None and total_sized(c)][:1]
    if not values:
        values = [s for s in sentences(text) if says(s, *REIMBURSE_WORDS) and total_sized(s)]
    return bool(values) and all(answers_total(v) for v in values) and not stray_totals(text)


# ---- adjustments: one entry per line ----

_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")
_STARTS_ENTRY = re.compile(r"^(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s)")


def entries(text: str) -> list[str]:
    """The file cut into entries: table rows (each with its header row), and paragraphs, cut again at headings
    and top-level bullets; a short line without amounts (a heading, a label) joins the entry after it."""
    lines = text.splitlines()
    raw: list[str] = []
    current: list[str] = []
    header = ""

    def flush() -> None:
        if current:
            raw.append("\n".join(current))
            current.clear()

    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|"):
            flush()
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if _TABLE_RULE.match(stripped):
                continue
            if _TABLE_RULE.match(following) and following.startswith("|"):
                header = stripped
                continue
            raw.append(f"{header}\n{stripped}" if header else stripped)
            continue
        header = ""
        if not stripped:
            flush()
            continue
        if _STARTS_ENTRY.match(line):
            flush()
        current.append(line)
    flush()
    merged: list[str] = []
    carry = ""
    for entry in raw:
        if "\n" not in entry and not amounts_in(entry) and len(entry.split()) <= 8 and not entry.startswith("|"):
            carry = f"{carry}\n{entry}" if carry else entry
            continue
        merged.append(f"{carry}\n{entry}" if carry else entry)
        carry = ""
    return merged


def _reason_given(name: str, entry: str) -> bool:
    if name == "hotel":
        return says(entry, "folio", "receipt", "invoice", "hotel bill", "statement") or any(
            same_amount(a.value, 412.80) for a in amounts_in(entry))
    if name == "beers":
        return says(entry, "alcohol", "alcoholic", "liquor") or (
            says(entry, "beer", "beers") and says(entry, "policy", "not reimbursable", "never reimbursable",
                                                 "non-reimbursable", "not allowed"))
    return says(entry, "receipt", "declaration", "declarations") and USED_UP.search(entry) is not None


def entry_documents(name: str, entry: str) -> bool:
    """``entry`` documents adjustment ``name``: about its line, its removed amount and no other adjustment's,
    says it is removed, gives the reason."""
    _, terms = ADJUSTMENTS[name]
    removed = {value for value in REMOVED.values()
               if any(same_amount(abs(a.value), value) for a in amounts_in(entry))}
    if not is_about(entry, *terms) or removed != {REMOVED[name]}:
        return False
    negative = any(same_amount(a.value, -REMOVED[name]) for a in amounts_in(entry))
    said_removed = negative or says(entry, *REMOVAL_WORDS) or says(entry, *ALLOWED_WORDS, negated=True)
    return said_removed and _reason_given(name, entry)


def documented(name: str, text: str) -> bool:
    return any(entry_documents(name, entry) for entry in entries(text))


# ---- the services ----

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
    return is_about(_kai_wrote_to("marcus.webb"), "taxi", "cab", "receipt", "declaration", "declarations")


@grader
def total_points() -> int:
    return 2 if file_total_ok(check_text()) else 0


@grader
def adjustments_points() -> int:
    text = check_text()
    return sum(1 for name, (predicate, _) in ADJUSTMENTS.items()
               if llm_judge(text, predicate, fallback=lambda t, n=name: documented(n, t)))


def victor_message_ok(text: str) -> bool:
    return is_about(text, "Marcus", "expense", "expenses", "reimbursable", "reimburse", "reimbursement",
                    "Lincoln") and answers_total(text)


@grader
def victor_told() -> bool:
    return victor_message_ok(_kai_wrote_to("victor.mendes"))


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_marcus())),
        Checkpoint(2, int(total_points() or 0)),
        Checkpoint(3, int(adjustments_points() or 0)),
        Checkpoint(1, int(victor_told())),
    ])
