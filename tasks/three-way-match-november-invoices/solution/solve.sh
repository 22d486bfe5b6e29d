#!/usr/bin/env bash
# Reference: read the POs, the receiving log and the seven invoice PDFs, match them, ask the approver of the PO
# with a price difference (Priya Natarajan, PO-2026-0418) and comment on Victor's issue: three discrepancies
# (CCF-7782 quantity, SVN-5530 price, CCF-7790 not received), four invoices that can be paid.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, comment, documents, match, post, username
results = match(documents())
priced = next(r for r in results if any(k == "price" for k, _, _ in r["problems"]))
approver = priced["approver"]
reply = ask(username(approver), f"Hi {approver.split()[0]}, invoice {priced['number']} for {priced['po']} (which you "
            f"approved) bills the 24-port switches at a higher price than the PO. Do you accept the new price?")
print(f"{approver}:", reply)
accepted = "haven't approved" not in reply and "not approved" not in reply
decision = (f"{approver.split()[0]} accepts the new price." if accepted else
            f"{approver.split()[0]} (PO approver) has not approved the price change: the PO price stands; hold it "
            f"and ask the vendor for a corrected invoice.")
text = comment(results, decision)
print(text)
post(text)
PY
