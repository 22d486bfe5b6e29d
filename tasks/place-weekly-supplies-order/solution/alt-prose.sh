#!/usr/bin/env bash
# Another correct way: prose DM with the left-out items named after the verb ("couldn't fit ... so they wait"),
# the overrun as "$350.81 over the $1,200 budget"; the ticket note in other words.
set -euo pipefail
exec python_default - "$(dirname "$0")" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import shop
spent, ordered, skipped = shop.plan()
shop.record(ordered)
shop.note_ticket("Adapters ordered today (2 x USB-C to HDMI, 4K): they should arrive with the rest of the supplies.")
order, full, overrun = shop.totals(spent, ordered, skipped)
shop.tell_nina(f"Hi Nina, order placed (${order:.2f}, November now ${spent + order:.2f}). I couldn't fit the two LED "
               f"desk lamps or the standing desk converter, so they wait for December. Ordering the whole list "
               f"would have put us ${overrun:.2f} over the $1,200 budget.")
PY
