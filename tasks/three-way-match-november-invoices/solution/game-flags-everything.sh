#!/usr/bin/env bash
# Game: flags every invoice with every kind of problem and every amount.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, documents, post
ask("priya.natarajan", "Hi Priya, do you accept the higher switch price on SVN-5530?")
numbers = [inv["number"] for inv in documents()["invoices"]]
post("\n".join(f"- {n}: discrepancy: quantity short (only 3 of 4 received), price increase 658 vs 612, not "
               f"received; Priya has not approved; on hold. 332.48 / 98.67 / 405.41" for n in numbers))
PY
