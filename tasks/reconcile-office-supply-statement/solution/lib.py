"""Shared by the solutions (python_default): fetch and read the documents, reconcile, write, ask, tell."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

HERE = Path(__file__).resolve().parent
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
STATEMENT = "Finance/Vendors/Statements/Plains_Office_Supply_Statement_2026-11-20.pdf"
LEDGER = "Finance/AP/AP_Ledger_Plains_Office_Supply_2026.xlsx"
RECON = "Finance/Vendors/Statements/Plains_Office_Supply_Reconciliation_2026-11.md"
files = FilesClient(USER, PASSWORD)


def documents() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pdf, xlsx = Path(tmp) / "s.pdf", Path(tmp) / "l.xlsx"
        pdf.write_bytes(files.download(STATEMENT))
        xlsx.write_bytes(files.download(LEDGER))
        out = subprocess.run(["python3", str(HERE / "read_docs.py"), str(pdf), str(xlsx)], check=True,
                             capture_output=True, text=True).stdout
    return json.loads(out)


def reconcile(docs: dict, *, payment_sent: bool) -> tuple[float, float, list[tuple[str, str, float, str, str]]]:
    """(statement balance, ledger balance, items) with items (reference, date, amount, explanation, action)."""
    ledger_rows = [r for r in docs["ledger"] if payment_sent or r[4] != "scheduled"]
    ledger_balance = round(sum(r[3] for r in ledger_rows), 2)
    booked = {r[2]: r[3] for r in ledger_rows if r[1] == "invoice"}
    items = []
    for day, ref, amount in docs["statement"]["lines"]:
        if ref == "PMT":
            continue
        if ref not in booked:
            kind = "credit memo" if ref.startswith("CM") else "invoice"
            items.append((ref, day, amount, f"{kind} on the statement, not in our ledger (not received)",
                          f"get a copy from the vendor and post {abs(amount):.2f}"))
        elif abs(booked[ref] - amount) > 0.005:
            items.append((ref, day, round(amount - booked[ref], 2),
                          f"we booked {booked[ref]:.2f}, the invoice copy and the statement say {amount:.2f}",
                          f"correct the ledger from {booked[ref]:.2f} to {amount:.2f}"))
    for row in ledger_rows:
        if row[1] == "payment" and row[0] > "2026-11-18":
            items.append((f"Payment for {row[2]}", row[0], -row[3], "ACH payment sent 11-19, after the statement date",
                          "none (timing); mark the payment as sent"))
    return docs["statement"]["closing"], ledger_balance, items


def write(text: str) -> None:
    files.upload(RECON, text)


def ask(text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask("samuel.osei", text, timeout=120)


def tell(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("samuel.osei", text)


def table(statement: float, ledger: float, items: list) -> str:
    rows = "\n".join(f"| {i} | {ref} | {day} | {amount:,.2f} | {why} | {action} |"
                     for i, (ref, day, amount, why, action) in enumerate(items, 1))
    return f"""# Vendor statement reconciliation

Vendor: Plains Office Supply (V-003, account TG-0193)
Statement date: 2026-11-20
Prepared by: Kai Morgan

Balance per vendor statement: {statement:,.2f}
Balance per our AP ledger: {ledger:,.2f}
Difference: {statement - ledger:,.2f}

## Reconciling items

One row per item that explains the difference (statement minus ledger); the amounts add up to the difference.

| # | Reference | Date | Amount | Explanation | Action |
|---|---|---|---|---|---|
{rows}

Total of reconciling items: {sum(i[2] for i in items):,.2f}
"""


CORRECTIONS = """Hi Samuel, thanks! The Plains Office Supply reconciliation is in Finance/Vendors/Statements/.
Ledger corrections:
- INV 4447: change the amount from 572.90 to 527.90 (our typo; the invoice copy says 527.90).
- CM 0087: post the credit memo of 89.98 (2 returned toner cartridges) once we have it.
- INV 4462: post the invoice of 146.30 (desk lamps, 2026-11-18) once we have the copy.
- INV 4431 payment of 11-19: mark it as sent."""
