#!/usr/bin/env bash
# Game: the right request, but Felix's message keeps a second option open.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
file_request("Purchase request: 8 USB-C docking stations (Great Plains IT, quote GP-3307)",
             "Vendor: Great Plains IT\nQuote number: GP-3307\nQuantity: 8\nTotal cost: $1,332.00\n")
tell_felix("Hi Felix, options that work: Great Plains IT $1,332 and Prairie Tech $1,490. I went with Great Plains IT, "
           "or Prairie Tech if you'd rather have two spares.")
PY
