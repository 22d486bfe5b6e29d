#!/usr/bin/env bash
# Game: a purchase request per vendor, and Felix is told to take his pick.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
for vendor, quote, total in (("Great Plains IT", "GP-3307", "$1,332.00"), ("Prairie Tech Supply", "PT-Q-5521", "$1,490.00"),
                             ("Cornbelt Computers", "CB-20261127-14", "$1,157.00")):
    file_request(f"Purchase request: USB-C docking stations ({vendor}, quote {quote})",
                 f"Vendor: {vendor}\nQuote number: {quote}\nQuantity: 8\nTotal cost: {total}\n")
tell_felix("Hi Felix, I filed purchase requests for all three: Great Plains IT ($1,332), Prairie Tech ($1,490) "
           "and Cornbelt ($1,157). Nina can approve whichever you prefer.")
PY
