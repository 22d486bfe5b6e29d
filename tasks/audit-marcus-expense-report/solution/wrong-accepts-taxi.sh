#!/usr/bin/env bash
# Near miss (audit finding): asks Marcus but accepts the taxi on a declaration anyway (total 657.65, the taxi
# line kept, a declaration "to be signed"). Hotel and beers are right.
set -euo pipefail
source "$(dirname "$0")/common.sh"
ask_marcus "Hi Marcus, the Capitol Cab taxi (\$31.50) has no receipt. Could you sign a missing-receipt declaration for it?"
cat > /tmp/check.md <<'MD'
# Expense check: Marcus Webb, Lincoln trip 2026-11-09 to 2026-11-11

- Claimed: $703.65
- Reimbursable total: $657.65

| line | claimed | removed | reason |
|---|---|---|---|
| 2026-11-11 Lodging, Haymarket Plaza Hotel | $442.80 | $30.00 | the folio totals $412.80 (2 nights x $189.00 + $17.40 tax) |
| 2026-11-10 Meals, Prairie Fire Grill dinner | $58.60 | $16.00 | 2 draft beers; alcohol is never reimbursable |
| 2026-11-09 Taxi, Capitol Cab | $31.50 | $0.00 | no receipt; accepted against a signed missing-receipt declaration (form sent to Marcus) |
MD
upload_check /tmp/check.md
dm victor.mendes <<'MSG'
Hi Victor, Marcus Webb's Lincoln report is checked: reimbursable total $657.65 (hotel -$30.00, beers -$16.00; the taxi is accepted with a missing-receipt declaration).
MSG
