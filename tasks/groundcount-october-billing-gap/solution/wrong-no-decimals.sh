#!/usr/bin/env bash
# Near miss: the right two subscribers everywhere, but the import file's amounts lose their two decimals
# ("150") and the header says "amount" instead of "amount_usd".
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch
missing_by_id | sed -e '1s/amount_usd/amount/' -e 's/,150\.00,/,150,/' > "$WORK/catchup.csv"
upload_catchup "$WORK/catchup.csv"
comment_ticket Resolved <<'NOTE'
Not invoiced in October: GC-1044 Winnipeg Comfort Air and GC-1045 Bright Pixel Agency. GC-1002 was invoiced under another name (same id).
NOTE
dm samuel.osei <<'MSG'
Hi Samuel, GC-1044 Winnipeg Comfort Air and GC-1045 Bright Pixel Agency were not invoiced in October: $300.00 in total.
MSG
