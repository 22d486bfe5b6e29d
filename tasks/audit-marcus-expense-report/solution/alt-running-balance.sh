#!/usr/bin/env bash
# Another correct way (audit finding): a table with a running balance column and a running-balance line
# ($703.65 -> ... -> $626.15), the same chain in the DM to Victor. Intermediate balances are not hedges.
set -euo pipefail
source "$(dirname "$0")/common.sh"
reply="$(ask_marcus "Hi Marcus! Checking your expense report: the taxi from Lincoln airport has no receipt. How many missing-receipt declarations have you used this year?")"
declarations_used_up "$reply"
cat > /tmp/check.md <<'MD'
# Expense check: Marcus Webb (Lincoln, Nov 9 to 11, 2026)

| # | Line | Claimed | Removed | Balance | Reason |
|---|---|---|---|---|---|
| 0 | Report total as submitted | | | $703.65 | |
| 1 | Nov 11 Lodging, Haymarket Plaza Hotel | $442.80 | −$30.00 | $673.65 | Folio shows $412.80 (2 × $189.00 + 2 × $17.40 tax): over-claimed |
| 2 | Nov 10 Dinner, Prairie Fire Grill | $58.60 | −$16.00 | $657.65 | 2 draft beers; alcohol is never reimbursable |
| 3 | Nov 9 Taxi, Capitol Cab | $31.50 | −$31.50 | $626.15 | No receipt, and Marcus has already used both missing-receipt declarations this year |

Running balance: $703.65 → $673.65 → $657.65 → $626.15

**Reimbursable total: $626.15**
MD
upload_check /tmp/check.md
dm victor.mendes <<'MSG'
Victor: Marcus Webb's Lincoln expenses, claimed $703.65 → $673.65 (hotel folio) → $657.65 (beers) → $626.15 (taxi, no receipt). Reimbursable: $626.15.
MSG
