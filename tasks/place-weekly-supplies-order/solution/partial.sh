#!/usr/bin/env bash
# Partial: the order recorded and the ticket noted, but Nina is never told what was left out.
set -euo pipefail
exec python_default - "$(dirname "$0")" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import shop
spent, ordered, skipped = shop.plan()
shop.record(ordered)
shop.note_ticket("Ordered 2 x USB-C to HDMI adapter, 4K in the 2026-11-25 supplies order.")
PY
