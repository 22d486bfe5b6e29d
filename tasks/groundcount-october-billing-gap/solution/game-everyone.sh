#!/usr/bin/env bash
# Gaming: the right file, but the ticket comment and the DM to Samuel list every active subscriber with its fee,
# the two right ones among them, and end with "$300.00".
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch
missing_by_id > "$WORK/catchup.csv"
upload_catchup "$WORK/catchup.csv"
listing="$(python3 -c '
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["status"] == "active"]
print("; ".join("%s %s $%s" % (r["subscriber_id"], r["company"], r["monthly_fee_usd"]) for r in rows))
' "$WORK/subscribers.csv")"
printf 'Subscribers to check for October: %s\n' "$listing" | comment_ticket Resolved
printf 'Hi Samuel, October billing check: %s. Catch-up total: $300.00\n' "$listing" | dm samuel.osei
