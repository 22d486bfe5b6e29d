#!/usr/bin/env bash
# Reference: asks Samuel about the scheduled payment, reconciles 1,181.12 vs 785.65 (395.47 = 146.30 - 89.98
# - 45.00 + 384.15), writes the template, sends Samuel the ledger corrections.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CORRECTIONS, ask, documents, reconcile, table, tell, write
docs = documents()
reply = ask("Good morning Samuel, the AP ledger for Plains Office Supply has the ACH payment for INV 4431 "
            "(384.15, 2026-11-19) as scheduled. Did it go out?")
print(reply)
sent = "sent" in reply.lower() or "went out" in reply.lower()
statement, ledger, items = reconcile(docs, payment_sent=sent)
assert abs(statement - ledger - sum(i[2] for i in items)) < 0.005, (statement, ledger, items)
write(table(statement, ledger, items))
tell(CORRECTIONS)
PY
