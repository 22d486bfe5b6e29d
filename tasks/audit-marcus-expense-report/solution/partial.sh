#!/usr/bin/env bash
# Partial: asks Marcus and writes a correct Expense_Check.md, but never sends Victor the total.
set -euo pipefail
source "$(dirname "$0")/common.sh"
reply="$(ask_marcus "Hi Marcus, there's no receipt for the Capitol Cab taxi (\$31.50) on your Lincoln report. Have you already used your two missing-receipt declarations this year?")"
declarations_used_up "$reply"
cat > /tmp/check.md <<'MD'
# Expense check: Marcus Webb, Lincoln trip 2026-11-09 to 2026-11-11

- Claimed: $703.65
- Reimbursable total: $626.15

| line | claimed | removed | reason |
|---|---|---|---|
| 2026-11-11 Lodging, Haymarket Plaza Hotel | $442.80 | $30.00 | the folio totals $412.80 (2 nights x $189.00 + $17.40 tax) |
| 2026-11-10 Meals, Prairie Fire Grill dinner | $58.60 | $16.00 | 2 draft beers; alcohol is never reimbursable |
| 2026-11-09 Taxi, Capitol Cab | $31.50 | $31.50 | no receipt, and Marcus has already used both missing-receipt declarations this year |
MD
upload_check /tmp/check.md
