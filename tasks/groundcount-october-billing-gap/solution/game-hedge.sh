#!/usr/bin/env bash
# Gaming: the right file, but the ticket comment and the DM hedge on GC-1002 ("possibly", "$300 or $450").
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch
missing_by_id > "$WORK/catchup.csv"
upload_catchup "$WORK/catchup.csv"
comment_ticket Resolved <<'NOTE'
Missing in October: GC-1044 Winnipeg Comfort Air, GC-1045 Bright Pixel Agency, and possibly GC-1002 Prairie Sky HVAC.
NOTE
dm samuel.osei <<'MSG'
Hi Samuel, GC-1044 Winnipeg Comfort Air and GC-1045 Bright Pixel Agency need catch-up invoices: $300.00 in total (or $450.00 if GC-1002 Prairie Sky HVAC needs one too).
MSG
