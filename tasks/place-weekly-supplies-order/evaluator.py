"""Grades the 11-25 supplies order: order lines in the file share, the it-ops ticket note, the report to Nina.

The ticket note must say, in a sentence not negated and not deferred, that the adapters are ordered ("not ordered
yet" or "will order in December" carry the word but fail). The DM is read item by item: each item named in a
sentence (a header line ending with ':' heads the bullets under it) takes the status of the nearest status phrase
in it (left out / waits / December vs ordered / included); the lamps and the converter must be left out and no
ordered item may be. The overrun is the amount nearest to each "over budget" / "over by" / "overrun" phrase: every
such amount must be $350.81, and a hedge beside it ("$350.81 or $435.81") fails.
"""

import csv
import io
import re
from decimal import Decimal

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, same_amount, says, sentences
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
ORDERS = "Admin/Office/Supplies_Orders_2026.csv"
COLUMNS = ["order_date", "vendor", "item", "quantity", "unit_price", "line_total", "ordered_by"]
ORIGINAL_ROWS, ORIGINAL_SUM = 144, Decimal("6995.10")
# (item pattern, quantity, unit price): musts first, then the nice-to-haves that fit ($760.20 left)
MUSTS = [(r"usb-c to hdmi adapter", 2, "19.99"), (r"toner.*black", 2, "89.00"),
         (r"coffee.*medium", 3, "24.50"), (r"oat milk", 2, "31.20"), (r"paper towels", 1, "21.75")]
NICE = [(r"whiteboard markers", 2, "14.99"), (r"footrest", 1, "48.90"), (r"speakerphone", 1, "219.00"),
        (r"flip chart", 1, "64.50")]
ADAPTER_TICKET = "Bluestem meeting room: USB-C to HDMI adapter missing"


def _orders() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(rows dated before 11-25, rows dated 2026-11-25) of the orders file."""
    text = FilesClient(*admin()).download_text(ORDERS)
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or [f.strip() for f in reader.fieldnames] != COLUMNS:
        raise AssertionError(f"columns changed: {reader.fieldnames}")
    rows = [{k.strip(): (v or "").strip() for k, v in r.items() if k} for r in reader]
    return [r for r in rows if r["order_date"] != "2026-11-25"], [r for r in rows if r["order_date"] == "2026-11-25"]


def _matches(row: dict[str, str], spec: tuple[str, int, str]) -> bool:
    pattern, quantity, unit = spec
    try:
        ok_numbers = (int(float(row["quantity"])) == quantity
                      and Decimal(row["unit_price"].lstrip("$")) == Decimal(unit)
                      and Decimal(row["line_total"].lstrip("$")) == Decimal(unit) * quantity)
    except ArithmeticError:
        return False
    return (ok_numbers and re.search(pattern, row["item"], re.IGNORECASE) is not None
            and "plains office supply" in row["vendor"].lower() and "kai" in row["ordered_by"].lower())


def _covered(rows: list[dict[str, str]], specs: list[tuple[str, int, str]]) -> bool:
    """Every spec matched by its own row."""
    left = list(rows)
    for spec in specs:
        hit = next((r for r in left if _matches(r, spec)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


@grader
def order_recorded() -> int:
    old, new = _orders()
    intact = len(old) == ORIGINAL_ROWS and sum(Decimal(r["line_total"]) for r in old) == ORIGINAL_SUM
    if not intact or not new:
        return 0
    if len(new) == len(MUSTS) + len(NICE) and _covered(new, MUSTS + NICE):
        return 2
    november = sum(Decimal(r["line_total"].lstrip("$")) for r in old + new if r["order_date"].startswith("2026-11"))
    return int(_covered(new, MUSTS) and november <= Decimal("1200"))


ORDERED_WORDS = ("ordered", "order", "orders", "in the order", "on order", "purchased", "bought", "placed")
DEFERRED_WORDS = ("will order", "will be ordered", "will place", "i'll order", "we'll order", "going to order",
                  "to be ordered", "next week", "december", "later", "pending", "waiting for", "once", "tomorrow",
                  "not yet")


def ticket_says_ordered(text: str) -> bool:
    """A sentence says the adapters are ordered: an ordering word not negated, and no deferral."""
    return any(says(s, *ORDERED_WORDS) and not says(s, *ORDERED_WORDS, negated=True) and not says(s, *DEFERRED_WORDS)
               for s in sentences(text))


@grader
def ticket_noted() -> bool:
    tracker = TrackerClient(*admin())
    ticket = tracker.find_issue("it-ops", ADAPTER_TICKET)
    return ticket is not None and ticket_says_ordered(
        "\n".join(c.text for c in ticket.comments if c.author == EXAMINEE))


OVERRUN = Decimal("350.81")
ITEMS = {  # item -> words that name it; the first two are the ones left out
    "lamps": ("lamp", "lamps"), "converter": ("standing desk", "converter"),
    "markers": ("markers", "marker"), "footrest": ("footrest",), "speakerphone": ("speakerphone",),
    "flip chart": ("flip chart", "flipchart"), "adapter": ("adapter", "adapters"), "toner": ("toner",),
    "coffee": ("coffee",), "oat milk": ("oat milk",), "paper towels": ("paper towels", "kitchen paper"),
}
LEFT_OUT = ("left out", "leave out", "leaving out", "not ordered", "didn't order", "did not order", "skipped",
            "skip", "didn't fit", "did not fit", "doesn't fit", "does not fit", "don't fit", "do not fit",
            "couldn't fit", "could not fit", "wait", "waits", "waiting", "december", "next month", "postponed",
            "deferred", "held back", "dropped", "excluded", "not included", "left for", "not in the order")
ORDERED = ("ordered", "included", "in the order", "bought", "placed", "fit", "fits", "fitted", "added")
_OVER = re.compile(r"over(?:\s+the)?(?:\s+(?:US)?\$?\s?[\d,.]+)?\s+budget(?:\s+by)?|overrun(?:\s+(?:of|by))?|over\s+by"
                   r"|exceed\w*(?:\s+\w+){0,3}\s+by|above(?:\s+the)?\s+budget(?:\s+by)?|too\s+much\s+by|\bover\b(?=\s*(?:the\s+)?(?:budget|limit|[.,;)!]|$))",
                   re.IGNORECASE)
_HEDGE = re.compile(r"(?:\babout|\broughly|\bapprox\w*|~|\bbetween|\baround|\bup\s+to)\s*(?:US)?\$?\s*$", re.IGNORECASE)


def _phrase_spans(sentence: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    return [m.span() for p in phrases for m in re.finditer(rf"(?<![^\W_]){re.escape(p)}(?![^\W_])", sentence,
                                                           re.IGNORECASE)]


def _dm_sentences(text: str) -> list[str]:
    """Sentences; a header line ending with ':' is put in front of each bullet line under it."""
    out, header = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if re.match(r"^(?:[-*•]|\d+[.)])\s", stripped):
            out += [f"{header} {s}" for s in sentences(stripped)]
            continue
        header = stripped if stripped.endswith(":") else ""
        out += sentences(stripped)
    return out


def item_status(text: str) -> dict[str, set[str]]:
    """Item -> the statuses it is given ('left', 'ordered') by the nearest status phrase of its sentence."""
    found: dict[str, set[str]] = {item: set() for item in ITEMS}
    for sentence in _dm_sentences(text):
        left = _phrase_spans(sentence, LEFT_OUT)
        masked = sentence
        for s, e in left:
            masked = masked[:s] + " " * (e - s) + masked[e:]
        marks = [(s, e, "left") for s, e in left] + [(s, e, "ordered") for s, e in _phrase_spans(masked, ORDERED)]
        if not marks:
            continue
        for item, words in ITEMS.items():
            for start, end in _phrase_spans(sentence, words):
                nearest = min(marks, key=lambda m: min(abs(m[0] - end), abs(start - m[1])))
                found[item].add(nearest[2])
    return found


def overrun_ok(text: str) -> bool:
    """Every over-budget phrase's nearest amount (outside the phrase) is $350.81, with no hedge beside it."""
    seen = False
    for sentence in sentences(text):
        for match in _OVER.finditer(sentence):
            amounts = [a for a in amounts_in(sentence) if a.end <= match.start() or a.start >= match.end()]
            if not amounts:
                continue
            after = [a for a in amounts if a.start >= match.end()]
            if re.search(r"\b(?:by|of)$", match.group(0), re.IGNORECASE) and after:
                nearest = after[0]  # "over budget by X", "overrun of X": the amount that follows
            else:
                nearest = min(amounts, key=lambda a: min(abs(a.end - match.start()), abs(a.start - match.end())))
            hedged = (re.match(r"\s*\)?\s*(?:\(?\s*or\b|/|-|–|to\b)\s*(?:US)?\$?\s?\d", sentence[nearest.end:])
                      or _HEDGE.search(sentence[max(0, nearest.start - 12):nearest.start])
                      or re.search(r"\bdepending\b", sentence, re.IGNORECASE))
            if not same_amount(nearest.value, float(OVERRUN)) or hedged:
                return False
            seen = True
    return seen


def nina_message_ok(text: str) -> bool:
    status = item_status(text)
    left_ok = all(status[item] == {"left"} for item in ("lamps", "converter"))
    nothing_else = all("left" not in status[item] for item in ITEMS if item not in ("lamps", "converter"))
    return left_ok and nothing_else and overrun_ok(text)


@grader
def nina_informed() -> bool:
    with login(*admin()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("nina.petrova", username=EXAMINEE)
                         if m.sender == EXAMINEE)
    return nina_message_ok(text)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(2, int(order_recorded())),
        Checkpoint(1, int(ticket_noted())),
        Checkpoint(1, int(nina_informed())),
    ])
