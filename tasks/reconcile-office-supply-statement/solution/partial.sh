#!/usr/bin/env bash
# Partial: the reconciliation file is right (payment counted as sent without asking); no question, no message.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import documents, reconcile, table, write
write(table(*reconcile(documents(), payment_sent=True)))
PY
