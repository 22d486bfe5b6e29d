#!/usr/bin/env bash
# Partial: the right purchase request, but Felix is never told.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request
file_request("Purchase request: 8 USB-C docking stations (Great Plains IT, quote GP-3307)",
             "Vendor: Great Plains IT\nQuote number: GP-3307\nQuantity: 8\nTotal cost: $1,332.00 (delivery included)\n")
PY
