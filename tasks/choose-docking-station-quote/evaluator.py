"""Grades the docking-station purchase: one purchase request in IT Operations for the right quote, and Felix told.

The quote that meets Felix's requirements (8 docks, >= 90 W, two 4K at 60 Hz, here by 12-11) at the lowest total
cost is Great Plains IT's GP-3307: 8 x $159.00 + $60.00 delivery = $1,332.00. Cornbelt ($1,157.00) has only 65 W;
Prairie Tech's $149.00 dock is sold in cartons of 10 ($1,490.00).

Kai's requests are the it-ops issues Kai authored: there must be exactly one (three requests, one per vendor, fail).
Its vendor is read from its `Vendor:`/`Supplier:` line (or table row), else from the subject, else from the
description; it must name Great Plains and no other vendor. Quantity and total come from their labelled lines;
each labelled value's first amount must be the expected one and a hedge ("or", "/", "either") fails.
Felix's DM is read sentence by sentence: each vendor named takes the status of the nearest choice or rejection
phrase (a negated choice phrase rejects); Great Plains must be chosen, the others never, and $1,332 must be
stated in a sentence naming Great Plains or a total.
"""

import re
from collections.abc import Callable

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, has_word, is_negated, labelled_values, same_amount, sentences, table_cell
from grading.clients.chat import Message, login
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE, FELIX, NINA = "kai.morgan", "felix.wagner", "nina.petrova"
VENDORS = {
    "great plains": ("great plains", "greatplains", "gp-3307", "ridgeline", "ud-90"),
    "prairie": ("prairie tech", "prairietech", "pt-q-5521", "thunderlink", "td-400"),
    "cornbelt": ("cornbelt", "cb-20261127-14", "ce-7"),
}
RIGHT = "great plains"
QUANTITY, TOTAL, QUOTE = 8, 1332.00, "GP-3307"
_HEDGE = re.compile(r"(?<![^\W_])(?:or|either|maybe|depending)(?![^\W_])|/", re.IGNORECASE)


def vendors_named(text: str) -> set[str]:
    return {v for v, words in VENDORS.items() if any(has_word(text, w) for w in words)}


def request_vendor(issue: Issue) -> set[str]:
    """Vendors the request names as its vendor: the labelled line(s), else the subject, else the description."""
    labelled = labelled_values(issue.description, "vendor", "supplier", "chosen vendor", "selected vendor")
    if labelled:
        return set().union(*(vendors_named(v) for v in labelled))
    return vendors_named(issue.subject) or vendors_named(issue.description)


def labelled_amount_ok(values: list[str], expected: float) -> bool:
    """The values that hold a figure all start with the expected amount and hedge nothing; at least one does."""
    def ok(value: str) -> bool:
        amounts = amounts_in(value)
        return same_amount(amounts[0].value, expected) and (len(amounts) == 1 or _HEDGE.search(value) is None)
    figures = [v for v in values if amounts_in(v)]
    return bool(figures) and all(ok(v) for v in figures)


_NOT_THE_TOTAL = re.compile(r"^\W*(?:line\s+total|sub-?\s*total|unit\b)", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"^(?:grand\s+)?total\b", re.IGNORECASE)


def _cells(line: str) -> list[str]:
    return [c.strip().strip("*_` ").strip() for c in line.strip().strip("|").split("|")]


def quantity_values(text: str) -> list[str]:
    """Labelled quantity values, and the quantity column of a line-item table (rows naming the dock)."""
    values = labelled_values(text, "quantity", "qty", "units", "number of docks", "number of units", "docks")
    for row in ("dock", "docks", "docking station", "docking stations", "ud-90", "ridgeline"):
        for column in ("quantity", "qty", "units"):
            cell = table_cell(text, row, column)
            if cell:
                values.append(cell)
    return values


def total_values(text: str) -> list[str]:
    """Labelled total values (not a line total, subtotal or unit price), and a table's total row (its last
    cell with a figure)."""
    lines = [line for line in text.splitlines() if not _NOT_THE_TOTAL.match(_cells(line)[0] if "|" in line
                                                                             else line.lstrip("-*• "))]
    values = labelled_values("\n".join(lines), "total", "total cost", "grand total", "total price", "amount",
                             "total amount")
    for line in lines:
        cells = _cells(line) if line.strip().startswith("|") else []
        if cells and _TOTAL_ROW.match(cells[0]):
            figures = [c for c in cells[1:] if amounts_in(c)]
            if figures:
                values.append(figures[-1])
    return values


def _requests() -> list[Issue]:
    tracker = TrackerClient(*admin())
    return [tracker.issue(i.id) for i in tracker.issues("it-ops", status="all") if i.author == EXAMINEE]


def _the_request() -> Issue | None:
    """Kai's only it-ops issue, when it names Great Plains (and no other vendor) as its vendor."""
    requests = _requests()
    if len(requests) != 1 or request_vendor(requests[0]) != {RIGHT}:
        return None
    return requests[0]


def figures_ok(issue: Issue) -> bool:
    text = issue.description
    return (labelled_amount_ok(quantity_values(text), QUANTITY) and labelled_amount_ok(total_values(text), TOTAL)
            and has_word(f"{issue.subject}\n{text}", QUOTE) and issue.assignee == NINA)


@grader
def request_filed() -> bool:
    return _the_request() is not None


@grader
def request_figures() -> bool:
    issue = _the_request()
    return issue is not None and figures_ok(issue)


FIRM_CHOICE = ("the only one", "only one that", "only option", "only quote", "only vendor", "only dock",
               "only one meeting", "only compliant")
CHOICE = ("chose", "chosen", "choose", "choosing", "picked", "pick", "picking", "went with", "going with",
          "go with", "selected", "select", "selecting", "recommend", "recommended", "recommending", "order from",
          "ordering from", "ordered from", "buy from", "buying from", "purchase from", "winner", "best option",
          "best choice", "best value", "lowest total", "cheapest total", "cheapest overall", "meets all",
          "meets every", "ticks all", "ticks every", "settled on", "opted for", "decided on", "is the one",
          "purchase request for", "request for", "filed")
REJECT = ("only", "doesn't", "does not", "fails", "falls short", "too", "minimum", "min", "cartons", "carton",
          "more expensive", "costs more", "dearer", "higher", "instead of", "rather than", "ruled out", "rules out",
          "excluded", "rejected", "out", "65 w", "65w", "65-watt", "can't", "cannot", "not enough", "underpowered",
          "disqualified", "over", "skipped", "dropped")


def _spans(sentence: str, phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), p) for p in phrases
            for m in re.finditer(rf"(?<![^\W_]){re.escape(p)}(?![^\W_])", sentence, re.IGNORECASE)]


def _mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    for s, e, _ in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def vendor_status(text: str) -> dict[str, set[str]]:
    """Vendor -> statuses ('chosen', 'rejected') given by the nearest choice/rejection phrase of its sentences."""
    found: dict[str, set[str]] = {v: set() for v in VENDORS}
    for sentence in sentences(text):
        firm = _spans(sentence, FIRM_CHOICE)
        masked = _mask(sentence, firm)
        rejects = _spans(masked, REJECT)
        masked = _mask(masked, rejects)
        marks = [(s, e, "chosen") for s, e, _ in firm] + [(s, e, "rejected") for s, e, _ in rejects]
        for s, e, phrase in _spans(masked, CHOICE):
            marks.append((s, e, "rejected" if is_negated(sentence[:e], phrase) else "chosen"))
        if not marks:
            continue
        for vendor, words in VENDORS.items():
            for s, e, _ in _spans(sentence, words):
                def distance(m: tuple[int, int, str], s: int = s, e: int = e) -> tuple[int, int]:
                    before = m[1] <= s
                    return (s - m[1] if before else max(0, m[0] - e), 0 if before else 1)
                found[vendor].add(min(marks, key=distance)[2])
    return found


def felix_message_ok(text: str) -> bool:
    status = vendor_status(text)
    chosen_ok = status[RIGHT] == {"chosen"} and all("chosen" not in status[v] for v in VENDORS if v != RIGHT)
    total_said = any(any(same_amount(a.value, TOTAL) for a in amounts_in(s))
                     and (RIGHT in vendors_named(s) or re.search(r"\btotal\b", s, re.IGNORECASE))
                     for s in sentences(text))
    return chosen_ok and total_said


def _kai_to_felix(after: Callable[[Message], bool]) -> str:
    with login(*admin()) as chat:
        messages = chat.direct_messages(FELIX, username=EXAMINEE)
    start = next((m.timestamp for m in messages if m.sender == FELIX and after(m)), None)
    if start is None:
        raise AssertionError("Felix's requirements message is missing")
    return "\n".join(m.body for m in messages if m.sender == EXAMINEE and m.timestamp >= start)


@grader
def felix_told() -> bool:
    return felix_message_ok(_kai_to_felix(lambda m: "docking stations" in m.body))


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(request_filed())),
        Checkpoint(1, int(request_figures())),
        Checkpoint(1, int(felix_told())),
    ])
