#!/usr/bin/env bash
# Wrong: the cheapest quote overall (Cornbelt, $1,157.00), whose dock only delivers 65 W.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
number = file_request("Purchase request: 8 USB-C docking stations (Cornbelt Computers, quote CB-20261127-14)",
                      "Vendor: Cornbelt Computers\nQuote number: CB-20261127-14\nQuantity: 8\nTotal cost: $1,157.00\n")
tell_felix(f"Hi Felix, I went with Cornbelt Computers (CB-20261127-14), the cheapest: $1,157.00 in total. "
           f"Request #{number} is with Nina.")
PY
