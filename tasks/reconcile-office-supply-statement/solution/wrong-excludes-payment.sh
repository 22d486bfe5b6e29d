#!/usr/bin/env bash
# Near miss: never asks Samuel and leaves the scheduled payment out of the ledger balance (1,169.80; 11.32).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import CORRECTIONS, documents, reconcile, table, tell, write
write(table(*reconcile(documents(), payment_sent=False)))
tell(CORRECTIONS.split("\n- INV 4431")[0])
PY
