#!/usr/bin/env bash
# Wrong: Prairie Tech at 8 x $149.00 = $1,192.00, overlooking that the TD-400 is sold in cartons of 10.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
number = file_request("Purchase request: 8 USB-C docking stations (Prairie Tech Supply, quote PT-Q-5521)",
                      "Vendor: Prairie Tech Supply\nQuote number: PT-Q-5521\nQuantity: 8\nTotal cost: $1,192.00\n")
tell_felix(f"Hi Felix, I chose Prairie Tech Supply (PT-Q-5521): 100 W, dual 4K, $1,192.00 in total for 8 docks. "
           f"Great Plains is more expensive. Request #{number}.")
PY
