"""Shared by this task's non-reference solutions (imported; run them with python_default, which has the grading
clients): plan the order (with a choice of mistakes), record it, note the ticket, message Nina."""

from __future__ import annotations

import csv
import io
import os
import sys
from decimal import Decimal

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
BUDGET = Decimal("1200.00")
ORDERS = "Admin/Office/Supplies_Orders_2026.csv"
SKU = {"USB-C to HDMI": "POS-1015", "Toner for the Switchgrass": "POS-1010", "Coffee beans": "POS-1002",
       "Whiteboard markers": "POS-1014", "Footrest": "POS-1017", "USB speakerphone": "POS-1018",
       "Oat milk": "POS-1009", "Flip chart": "POS-1020", "LED desk lamps": "POS-1021",
       "Standing desk": "POS-1022", "Kitchen paper": "POS-1007"}
files = FilesClient(USER, PASSWORD)


def plan(*, toner: str = "POS-1010", nice_order: str = "request") -> tuple[Decimal, list[dict], list[dict]]:
    """(November spent so far, ordered lines, left-out lines): musts first, then nice-to-haves in request order
    (or cheapest first) while November stays within budget."""
    prices = {r["sku"]: r for r in csv.DictReader(io.StringIO(files.download_text(
        "Admin/Office/Plains_Office_Supply_Price_List_2026-Q4.csv")))}
    wanted = list(csv.DictReader(io.StringIO(files.download_text("Admin/Office/Supply_Requests_2026-11-25.csv"))))
    orders = list(csv.DictReader(io.StringIO(files.download_text(ORDERS))))
    spent = sum(Decimal(r["line_total"]) for r in orders if r["order_date"].startswith("2026-11"))

    def line(request: dict) -> dict:
        sku = next(v for k, v in SKU.items() if request["request"].startswith(k))
        sku = toner if sku == "POS-1010" else sku
        unit = Decimal(prices[sku]["unit_price_usd"])
        qty = int(request["quantity"])
        return {"item": prices[sku]["item"], "quantity": qty, "unit_price": unit, "line_total": unit * qty}

    musts = [line(r) for r in wanted if r["priority"] == "must"]
    nices = [line(r) for r in wanted if r["priority"] != "must"]
    if nice_order == "cheapest":
        nices.sort(key=lambda e: e["line_total"])
    left = BUDGET - spent - sum(e["line_total"] for e in musts)
    ordered, skipped = list(musts), []
    for entry in nices:
        if entry["line_total"] <= left:
            ordered.append(entry)
            left -= entry["line_total"]
        else:
            skipped.append(entry)
    return spent, ordered, skipped


def record(ordered: list[dict], *, ordered_by: str = USER, quote_all: bool = False, line_end: str = "\n") -> None:
    """Append the lines to the orders file (rewritten through the csv module)."""
    rows = list(csv.reader(io.StringIO(files.download_text(ORDERS))))
    rows += [["2026-11-25", "Plains Office Supply", e["item"], str(e["quantity"]), f"{e['unit_price']:.2f}",
              f"{e['line_total']:.2f}", ordered_by] for e in ordered]
    out = io.StringIO()
    csv.writer(out, lineterminator=line_end, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows(rows)
    files.upload(ORDERS, out.getvalue())


def note_ticket(text: str) -> None:
    tracker = TrackerClient(USER, PASSWORD)
    ticket = next(i for i in tracker.issues("it-ops", assignee=USER) if "HDMI adapter" in i.subject)
    tracker.add_comment(ticket.id, text)


def tell_nina(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("nina.petrova", text)


def totals(spent: Decimal, ordered: list[dict], skipped: list[dict]) -> tuple[Decimal, Decimal, Decimal]:
    """(order total, full list total, overrun of the full list)."""
    order = sum((e["line_total"] for e in ordered), Decimal(0))
    full = order + sum((e["line_total"] for e in skipped), Decimal(0))
    return order, full, spent + full - BUDGET
