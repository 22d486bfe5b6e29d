#!/usr/bin/env bash
# Near miss: right file, but tells Samuel our 572.90 for INV 4447 is right and the vendor must correct theirs.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, documents, reconcile, table, tell, write
ask("Hi Samuel, did the scheduled ACH payment for INV 4431 (2026-11-19) go out?")
write(table(*reconcile(documents(), payment_sent=True)))
tell("Thanks Samuel. Ledger items:\n- INV 4447: our ledger is right at 572.90; the statement shows 527.90, "
     "I'll ask the vendor to correct it\n- CM 0087: post the credit of 89.98\n- INV 4462: post 146.30 once received")
PY
