#!/usr/bin/env bash
# Near miss: orders the colour toner set ($129) for the Switchgrass printer (TG-PRN-02 is black-and-white), so
# the musts cost more, the flip chart pads no longer fit and the overrun comes out at $430.81.
set -euo pipefail
exec python_default - "$(dirname "$0")" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import shop
spent, ordered, skipped = shop.plan(toner="POS-1011")
shop.record(ordered)
shop.note_ticket("Ordered 2 x USB-C to HDMI adapter, 4K in the 2026-11-25 supplies order.")
order, full, overrun = shop.totals(spent, ordered, skipped)
left_out = "; ".join(f"{e['quantity']} x {e['item']}" for e in skipped)
shop.tell_nina(f"Hi Nina, order placed: ${order:.2f}. Left out for December: {left_out}. The full list would have "
               f"been ${overrun:.2f} over budget.")
PY
