#!/usr/bin/env bash
# Partial: the right catch-up file and the ticket resolved with the list, but Samuel is never told.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch
missing_by_id > "$WORK/catchup.csv"
upload_catchup "$WORK/catchup.csv"
comment_ticket Resolved <<'NOTE'
Not invoiced in October: GC-1044 Winnipeg Comfort Air and GC-1045 Bright Pixel Agency (Basic, $150.00 each).
Catch-up file: Finance/Groundcount_Catchup_2026-10.csv.
NOTE
