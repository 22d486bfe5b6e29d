"""Grades the 11-25 supplies order: order lines in the file share, the it-ops ticket note, the report to Nina."""

import csv
import io
import re
from decimal import Decimal

from grading import Checkpoint, Result, admin, grader
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


@grader
def ticket_noted() -> bool:
    tracker = TrackerClient(*admin())
    ticket = tracker.find_issue("it-ops", ADAPTER_TICKET)
    return ticket is not None and any(
        c.author == EXAMINEE and re.search(r"order", c.text, re.IGNORECASE) for c in ticket.comments)


@grader
def nina_informed() -> bool:
    with login(*admin()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("nina.petrova", username=EXAMINEE)
                         if m.sender == EXAMINEE)
    return (re.search(r"350[.,]81", text) is not None and re.search(r"lamp", text, re.IGNORECASE) is not None
            and re.search(r"standing|converter", text, re.IGNORECASE) is not None)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(2, int(order_recorded())),
        Checkpoint(1, int(ticket_noted())),
        Checkpoint(1, int(nina_informed())),
    ])
