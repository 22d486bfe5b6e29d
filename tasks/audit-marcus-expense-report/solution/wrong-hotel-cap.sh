#!/usr/bin/env bash
# Near miss: never opens the hotel folio and caps the hotel at the $210/night policy limit instead (removes
# $22.80, not the $30.00 over-claim), so the total is 633.35. Beers and taxi are right.
set -euo pipefail
source "$(dirname "$0")/common.sh"
reply="$(ask_marcus "Hi Marcus, no receipt for the Capitol Cab taxi (\$31.50) - have you already used your two missing-receipt declarations this year?")"
declarations_used_up "$reply"
cat > /tmp/check.md <<'MD'
# Expense check: Marcus Webb, Lincoln trip 2026-11-09 to 2026-11-11

- Claimed: $703.65
- Reimbursable total: $633.35

| line | claimed | removed | reason |
|---|---|---|---|
| 2026-11-11 Lodging, Haymarket Plaza Hotel | $442.80 | $22.80 | $221.40 per night is above the $210 per night hotel limit: capped at $420.00 |
| 2026-11-10 Meals, Prairie Fire Grill dinner | $58.60 | $16.00 | 2 draft beers; alcohol is never reimbursable |
| 2026-11-09 Taxi, Capitol Cab | $31.50 | $31.50 | no receipt, and Marcus has already used both missing-receipt declarations this year |
MD
upload_check /tmp/check.md
dm victor.mendes <<'MSG'
Hi Victor, Marcus Webb's Lincoln expense report: reimbursable total $633.35 (claimed $703.65). Details in Expense_Check.md.
MSG
