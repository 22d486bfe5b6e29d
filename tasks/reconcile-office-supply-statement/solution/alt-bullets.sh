#!/usr/bin/env bash
# Another correct way: bold labels with $ amounts, items as bullets (signed, "USD"), corrections in prose.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, tell, write
ask("Hi Samuel! Quick one for the Plains Office Supply statement: was the scheduled ACH payment of 11-19 "
    "(INV 4431) actually sent?")
write("""# Plains Office Supply - statement reconciliation (November 2026)

**Vendor:** Plains Office Supply
**Statement date:** November 20, 2026
**Prepared by:** Kai Morgan

**Balance per vendor statement:** $1,181.12
**Balance per our AP ledger (all entries, payment of 11-19 confirmed sent):** $785.65
**Difference (statement - ledger):** $395.47

## Reconciling items

- Invoice 4462 (2026-11-18, desk lamps) is on the statement but was never received: +146.30 USD.
- Credit memo CM 0087 (2026-11-13, returned toner) is not booked yet: -89.98 USD.
- INV 4447 was keyed as 572.90; the invoice copy shows 527.90: -45.00 USD.
- ACH payment of 2026-11-19 for INV 4431 is after the statement date (in transit): +384.15 USD.

The four items add up to $395.47.
""")
tell("Thanks Samuel. Please fix these in the ledger: INV 4447 should read 527.90 instead of 572.90. "
     "Book CM 0087, a credit of $89.98. Book INV 4462 for $146.30 once the vendor sends a copy. "
     "And the 11-19 payment can be switched to sent.")
PY
