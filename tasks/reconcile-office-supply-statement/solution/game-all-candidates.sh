#!/usr/bin/env bash
# Gaming: offers both ledger balances and both differences, and one line with every reference and amount.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import write
write("""# Vendor statement reconciliation

Balance per vendor statement: 1,181.12
Balance per our AP ledger: 785.65 or 1,169.80 (depending on the 11-19 payment)
Difference: 395.47 / 11.32

## Reconciling items

| # | Reference | Amount |
|---|---|---|
| 1 | INV 4462, CM 0087, INV 4447, payment 4431 | 146.30, 89.98, 45.00, 384.15 |
""")
PY
