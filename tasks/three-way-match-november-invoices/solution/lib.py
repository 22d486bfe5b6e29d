"""Shared by the solutions (python_default): download and read the documents, match them, ask, comment."""

import json
import os
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import requests

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

HERE = Path(__file__).resolve().parent
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
FOLDER = "Finance/AP/Three_Way_Match/2026-11"
TRACKER = "http://tallgrass.test:3000"
SUBJECT = "November three-way match before the payment run"
TAX = Decimal("0.0725")
files = FilesClient(USER, PASSWORD)
http = requests.Session()
http.auth = (USER, PASSWORD)
http.trust_env = False


def cents(value: Decimal | float) -> float:
    """Rounded to the cent, half up (as invoices round)."""
    return float(Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def documents() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "Invoices").mkdir()
        for name in ("Purchase_Orders_2026-11.xlsx", "Receiving_Log_2026-11.csv"):
            (Path(tmp) / name).write_bytes(files.download(f"{FOLDER}/{name}"))
        for entry in files.list(f"{FOLDER}/Invoices"):
            (Path(tmp) / "Invoices" / entry.name).write_bytes(files.download(f"{FOLDER}/Invoices/{entry.name}"))
        out = subprocess.run(["python3", str(HERE / "read_docs.py"), tmp], check=True, capture_output=True,
                             text=True).stdout
    return json.loads(out)


def match(docs: dict, *, cent_tolerance: float = 0.05) -> list[dict]:
    """One result per invoice: number, po, approver, problems [(kind, text, amount)]."""
    results = []
    for inv in docs["invoices"]:
        po_lines = [p for p in docs["pos"] if p["PO number"] == inv["po"]]
        got = {r["item"]: int(r["qty_received"]) for r in docs["received"] if r["po_number"] == inv["po"]}
        problems = []
        if not got:
            problems.append(("not received", "no receiving record: nothing was received for "
                             f"{inv['po']}", inv["total"]))
        for line, po in zip(inv["lines"], po_lines, strict=True):  # the vendors keep the PO's line order
            ordered = float(po["Unit price"])
            if abs(line["price"] - ordered) > 0.005:
                diff = round((line["price"] - ordered) * line["qty"], 2)
                problems.append(("price", f"{po['Item']}: billed at {line['price']:.2f}, PO price {ordered:.2f} "
                                 f"({line['qty']} x {line['price'] - ordered:.2f})", diff))
            if got and line["qty"] > got.get(po["Item"], 0):
                short = line["qty"] - got.get(po["Item"], 0)
                problems.append(("quantity", f"{po['Item']}: billed {line['qty']}, only {got.get(po['Item'], 0)} "
                                 f"received", round(short * line["price"], 2)))
        expected_total = cents(sum(Decimal(str(p["Line total"])) for p in po_lines) * (1 + TAX))
        if not problems and abs(inv["total"] - expected_total) > cent_tolerance + 1e-9:
            problems.append(("total", f"total {inv['total']:.2f} vs {expected_total:.2f} on the PO",
                             round(inv["total"] - expected_total, 2)))
        results.append({"number": inv["number"], "po": inv["po"], "total": inv["total"],
                        "expected_total": expected_total, "approver": po_lines[0]["Approved by"],
                        "requester": po_lines[0]["Requested by"], "problems": problems})
    return results


def ask(username: str, text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask(username, text, timeout=120)


def username(full_name: str) -> str:
    return full_name.lower().replace(" ", ".")


def issue_id() -> int:
    issues = http.get(f"{TRACKER}/issues.json", params={"project_id": "finance-ops", "status_id": "*",
                                                          "limit": 100}).json()["issues"]
    return next(i["id"] for i in issues if i["subject"] == SUBJECT)


def post(text: str) -> None:
    r = http.put(f"{TRACKER}/issues/{issue_id()}.json", json={"issue": {"notes": text}})
    assert r.status_code < 300, (r.status_code, r.text)


def comment(results: list[dict], decision: str) -> str:
    flagged = [r for r in results if r["problems"]]
    clean = [r for r in results if not r["problems"]]
    lines = ["Three-way match of the November invoices (PO, receiving log, invoice).", "",
             "**Discrepancies (hold, do not pay):**"]
    for r in flagged:
        for kind, text, amount in r["problems"]:
            tax = cents(Decimal(str(abs(amount))) * TAX) if kind != "not received" else 0
            extra = f" + ${tax:.2f} tax = ${abs(amount) + tax:,.2f}" if tax else ""
            note = f" {decision}" if kind == "price" else ""
            lines.append(f"- {r['number']} ({r['po']}): {kind} discrepancy: {text}. Amount in question: "
                         f"${abs(amount):,.2f}{extra}.{note}")
    lines += ["", "**Matching, can be paid:**"]
    for r in clean:
        off = round(r["total"] - r["expected_total"], 2)
        note = f" (tax differs by ${abs(off):.2f}: rounding)" if abs(off) > 0.001 else ""
        lines.append(f"- {r['number']} ({r['po']}): ${r['total']:,.2f}{note}")
    return "\n".join(lines)
