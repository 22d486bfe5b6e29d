#!/usr/bin/env bash
# Another correct way: the orders file rewritten with every field quoted and CRLF line ends, "ordered by" as the
# full name; the ticket says the adapters are "in today's order"; the DM as a bulleted list under a header line,
# the overrun as "over budget by USD 350.81".
set -euo pipefail
exec python_default - "$(dirname "$0")" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import shop
spent, ordered, skipped = shop.plan()
shop.record(ordered, ordered_by="Kai Morgan", quote_all=True, line_end="\r\n")
shop.note_ticket("Both adapters (USB-C to HDMI, 4K, 19.99 each) are in today's supplies order with Plains Office "
                 "Supply: one for Bluestem, one spare for the admin cabinet.")
order, full, overrun = shop.totals(spent, ordered, skipped)
lines = ["Hi Nina! Wednesday's order is placed and recorded.", "", "Waiting for December (did not fit):"]
lines += [f"- {e['item']} x {e['quantity']}" for e in skipped]
lines += ["", f"With everything on the list November would have come to USD {spent + full:,.2f}, "
              f"over budget by USD {overrun:.2f}."]
shop.tell_nina("\n".join(lines))
PY
