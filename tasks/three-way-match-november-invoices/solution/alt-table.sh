#!/usr/bin/env bash
# Alt: one markdown table (invoice, vendor, result, amount, note) instead of sections; amounts without $; asks
# the approver with another wording.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, documents, match, post, username
results = match(documents())
priced = next(r for r in results if any(k == "price" for k, _, _ in r["problems"]))
reply = ask(username(priced["approver"]), f"Hello, quick AP question: Salt Valley invoiced {priced['number']} "
            f"above the PO price. Was that price agreed?")
assert "612" in reply
rows = ["| Invoice | PO | Result | Amount in question | Note |", "|---|---|---|---|---|"]
for r in results:
    if not r["problems"]:
        cents = abs(round(r["total"] - r["expected_total"], 2))
        rows.append(f"| {r['number']} | {r['po']} | OK | {cents:.2f} | "
                    f"{'tax rounding, within tolerance' if cents else 'matches PO and receipt'} |")
        continue
    for kind, text, amount in r["problems"]:
        note = {"quantity": f"quantity: {text}",
                "price": f"{text}; Priya did not approve the price increase, corrected invoice requested",
                "not received": "not received: no receiving record for the PO"}[kind]
        rows.append(f"| {r['number']} | {r['po']} | Discrepancy | {abs(amount):.2f} | {note} |")
post("Three-way match, November invoices:\n\n" + "\n".join(rows))
PY
