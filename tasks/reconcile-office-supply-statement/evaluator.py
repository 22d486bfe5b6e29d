"""Grades the vendor statement reconciliation: the question to Samuel, the reconciliation file, the corrections."""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import amounts_in, has_word, is_about, one_answer, same_amount
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
SAMUEL = "samuel.osei"
RECON = "Finance/Vendors/Statements/Plains_Office_Supply_Reconciliation_2026-11.md"
STATEMENT, LEDGER, DIFFERENCE = 1181.12, 785.65, 395.47
STATEMENT_LABELS = ("balance per vendor statement", "balance per the vendor statement", "balance per statement",
                    "vendor statement balance", "statement balance", "balance per vendor", "vendor balance",
                    "closing balance per statement", "balance due per statement")
LEDGER_LABELS = ("balance per our ap ledger", "balance per ap ledger", "balance per our ledger", "balance per ledger",
                 "ap ledger balance", "ledger balance", "our balance", "balance per our books", "balance per books")
DIFFERENCE_LABELS = ("difference", "total difference", "net difference", "difference to reconcile",
                     "difference to explain", "unreconciled difference", "balance difference")
# reconciling item: its reference number, other words naming it (used only on a line without any of the
# reference numbers), its amount (statement minus ledger, compared without sign)
ITEMS = {
    "4462": (("invoice 4462",), 146.30),  # on the statement, not in the ledger
    "0087": (("credit memo", "credit note"), 89.98),  # credit memo on the statement, not in the ledger
    "4447": ((), 45.00),  # booked as 572.90, the invoice says 527.90
    "4431": (("payment",), 384.15),  # paid 11-19, after the statement
}
CORRECTIONS = {"4462": 146.30, "0087": 89.98, "4447": 527.90}  # what Samuel must post / fix in the ledger


def _label(text: str) -> str:
    text = re.sub(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+•]\s+|\d{1,3}[.)]\s+)?", "", text)
    text = text.replace("**", "").replace("__", "").strip().strip("*_`").strip()
    text = re.sub(r"\s*\([^)]*\)\s*", " ", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(":").strip().lower()


def exact_values(text: str, labels: tuple[str, ...]) -> list[str]:
    """Values of lines whose whole label is one of ``labels``: ``Label: value``, ``| Label | value |``, or a
    label line with the value on the next line (markdown decoration and a parenthetical aside ignored)."""
    lines = text.splitlines()
    values = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if len(cells) >= 2 and _label(cells[0]) in labels:
                values.append(cells[1].replace("**", ""))
            continue
        match = re.match(r"^(?P<label>[^:=]{1,90}?)\s*(?<!\d)[:=]\s*(?P<value>.*)$", stripped)
        if match and _label(match.group("label")) in labels:
            value = match.group("value").replace("**", "").strip()
            if not value:
                value = next((x.strip() for x in lines[index + 1:] if x.strip()), "")
            values.append(value)
        elif _label(stripped) in labels:
            values.append(next((x.strip() for x in lines[index + 1:] if x.strip()), ""))
    return values


def _answers(text: str, labels: tuple[str, ...], expected: float) -> bool:
    values = exact_values(text, labels)
    return bool(values) and all(one_answer(v, expected) for v in values)


_cache: dict[str, str] = {}


def recon() -> str:
    if "text" not in _cache:
        _cache["text"] = FilesClient(*examinee()).download_text(RECON)
    return _cache["text"]


def _kai_to_samuel() -> str:
    with login(*admin()) as chat:
        return "\n".join(m.body for m in chat.direct_messages(SAMUEL, username=EXAMINEE) if m.sender == EXAMINEE)


@grader
def asked_samuel() -> bool:
    return is_about(_kai_to_samuel(), "4431", "payment", "ACH", "scheduled", "sent", "384.15")


@grader
def balances() -> int:
    text = recon()
    both = _answers(text, STATEMENT_LABELS, STATEMENT) and _answers(text, LEDGER_LABELS, LEDGER)
    return int(both) + int(_answers(text, DIFFERENCE_LABELS, DIFFERENCE))


def _item_of(line: str) -> str | None:
    """The one reconciling item a line is about: by reference number, else by its other words."""
    clean = line.replace("**", "")
    refs = [ref for ref in ITEMS if has_word(clean, ref)]
    if not refs:
        refs = [ref for ref, (words, _) in ITEMS.items() if any(has_word(clean, w) for w in words)]
    return refs[0] if len(refs) == 1 else None


def _explains(text: str, ref: str) -> bool:
    """A line (table row, bullet, sentence line) is about this item alone and states its amount but no other
    item's amount."""
    amount = ITEMS[ref][1]
    others = [a for other, (_, a) in ITEMS.items() if other != ref]
    for line in text.splitlines():
        if _item_of(line) != ref:
            continue
        found = [abs(a.value) for a in amounts_in(line)]
        if any(same_amount(v, amount) for v in found) and not any(same_amount(v, a) for v in found for a in others):
            return True
    return False


@grader
def reconciling_items() -> int:
    text = recon()
    return sum(1 for item in ITEMS if _explains(text, item))


@grader
def corrections_sent() -> bool:
    """Kai's DMs to Samuel give each ledger correction on a line or sentence of its own with its amount."""
    text = _kai_to_samuel()
    for ref, amount in CORRECTIONS.items():
        lines = [ln for ln in re.split(r"\n|(?<=[.!?;])\s+", text) if has_word(ln, ref)
                 and not any(has_word(ln, other) for other in CORRECTIONS if other != ref)]
        if not any(_states(ln, amount) for ln in lines):
            return False
    return True


_OLD_BEFORE = re.compile(r"(?:from|instead of|not|rather than|replac\w*|was|booked(?: as| at)?|keyed(?: as| in)?"
                         r"|entered(?: as)?|typed(?: as)?|typo(?:ed)?|ledger has|we have)\s*\$?\s*$", re.IGNORECASE)
_OLD_AFTER = re.compile(r"^\s*(?:→|->|=>|to\b|should\b|is wrong|was wrong|by mistake|instead\b)", re.IGNORECASE)


def _states(line: str, amount: float) -> bool:
    """The line gives ``amount``; for INV 4447 (527.90) every 572.90 it names is marked as the old figure
    ("from 572.90 to 527.90", "527.90 instead of 572.90"), so "our ledger is right at 572.90" fails."""
    found = amounts_in(line)
    if not any(same_amount(abs(a.value), amount) for a in found):
        return False
    if amount != 527.90:
        return True
    return all(_OLD_BEFORE.search(line[max(0, a.start - 25):a.start]) or _OLD_AFTER.match(line[a.end:a.end + 15])
               for a in found if same_amount(abs(a.value), 572.90))


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_samuel())),
        Checkpoint(2, int(balances() or 0)),
        Checkpoint(4, int(reconciling_items() or 0)),
        Checkpoint(1, int(corrections_sent())),
    ])
