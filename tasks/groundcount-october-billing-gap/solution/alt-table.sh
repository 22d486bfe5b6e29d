#!/usr/bin/env bash
# Another correct way: the ticket comment as a markdown table that also explains GC-1002 (invoiced under another
# name, so not missing), the DM with the arithmetic "2 x $150.00 = $300.00".
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch
missing_by_id > "$WORK/catchup.csv"
upload_catchup "$WORK/catchup.csv"
comment_ticket Resolved <<'NOTE'
| subscriber | customer | October invoice |
|---|---|---|
| GC-1044 | Winnipeg Comfort Air | none: catch-up $150.00 |
| GC-1045 | Bright Pixel Agency | none: catch-up $150.00 |
| GC-1002 | Prairie Sky HVAC | invoiced as "Prairie Sky Heating & Air" (same id), not missing |

Catch-up file for Samuel: Finance/Groundcount_Catchup_2026-10.csv
NOTE
dm samuel.osei <<'MSG'
Samuel, two subscribers were not invoiced in October: GC-1044 (Winnipeg Comfort Air) and GC-1045 (Bright Pixel Agency), both Basic. 2 x $150.00 = $300.00 to invoice. File: Finance/Groundcount_Catchup_2026-10.csv
MSG
