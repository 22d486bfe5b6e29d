#!/usr/bin/env bash
# Wrong: the right quote, but its $60.00 delivery fee is left out of the total ($1,272.00).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
number = file_request("Purchase request: 8 USB-C docking stations (Great Plains IT, quote GP-3307)",
                      "Vendor: Great Plains IT\nQuote number: GP-3307\nQuantity: 8\nTotal cost: $1,272.00\n")
tell_felix(f"Hi Felix, I went with Great Plains IT (GP-3307): 8 docks, total $1,272.00. Request #{number}.")
PY
