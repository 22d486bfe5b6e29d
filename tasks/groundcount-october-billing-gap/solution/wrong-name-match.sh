#!/usr/bin/env bash
# Near miss: compares customer names instead of subscriber ids, so GC-1002 Prairie Sky HVAC (invoiced as
# "Prairie Sky Heating & Air") looks missing too: three rows, three names, $450.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fetch
python3 - "$WORK" > "$WORK/catchup.csv" <<'PY'
import csv, sys
work = sys.argv[1]
subscribers = [r for r in csv.DictReader(open(f"{work}/subscribers.csv")) if r["status"] == "active"]
invoiced = {r["customer"] for r in csv.DictReader(open(f"{work}/invoices.csv"))}
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["subscriber_id", "customer", "plan", "amount_usd", "billing_email"])
for r in subscribers:
    if r["company"] not in invoiced:
        writer.writerow([r["subscriber_id"], r["company"], r["plan"], r["monthly_fee_usd"], r["billing_email"]])
PY
upload_catchup "$WORK/catchup.csv"
comment_ticket Resolved <<'NOTE'
Not invoiced in October: GC-1002 Prairie Sky HVAC, GC-1044 Winnipeg Comfort Air, GC-1045 Bright Pixel Agency.
NOTE
dm samuel.osei <<'MSG'
Hi Samuel, the subscribers without an October invoice are GC-1002 Prairie Sky HVAC, GC-1044 Winnipeg Comfort Air and GC-1045 Bright Pixel Agency: $450.00 in total.
MSG
