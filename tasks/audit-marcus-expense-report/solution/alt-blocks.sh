#!/usr/bin/env bash
# Another correct way (audit finding): the report laid out as blocks, label, amount and reason each on a line of
# their own; amounts as "USD 30.00"; the total on the line under its label; a differently worded DM.
set -euo pipefail
source "$(dirname "$0")/common.sh"
reply="$(ask_marcus "Marcus, quick one on your Lincoln expenses: the Capitol Cab ride has no receipt. Do you still have a missing-receipt declaration left for this year?")"
declarations_used_up "$reply"
cat > /tmp/check.md <<'MD'
Expense check - Marcus Webb - Lincoln, 9 to 11 November 2026

Reimbursable total
USD 626.15

Claimed
USD 703.65

Adjustment 1
Line: 11 Nov, Lodging, Haymarket Plaza Hotel, 2 nights (claimed USD 442.80)
Amount removed: USD 30.00
Reason: the hotel folio (no. 88231) totals USD 412.80, 2 nights at 189.00 plus 17.40 lodging tax, so the claim is 30.00 too high.

Adjustment 2
Line: 10 Nov, Meals, Prairie Fire Grill, dinner (claimed USD 58.60)
Amount removed: USD 16.00
Reason: the receipt includes 2 draft beers (16.00); alcohol is never reimbursable under the expense policy.

Adjustment 3
Line: 9 Nov, Taxi, Capitol Cab, Lincoln airport to hotel (claimed USD 31.50)
Amount removed: USD 31.50
Reason: there is no receipt (one is required from 25.00), and Marcus confirmed he has already used both of this year's missing-receipt declarations (March and August), so the taxi cannot be reimbursed.

Checked, no change: mileage 76 mi x 0.70 = 53.20; DEN parking 3 x 19.00 = 57.00; Haymarket Smokehouse 27.40, Sunflower Deli 14.25 and Runway Cafe 18.90 match their receipts; meals stay within the 65.00 daily per diem.
MD
upload_check /tmp/check.md
dm victor.mendes <<'MSG'
Hi Victor - Marcus Webb's Lincoln expense report is checked. We reimburse USD 626.15 (he claimed 703.65); the adjustments are in Expense_Check.md next to the report.
MSG
