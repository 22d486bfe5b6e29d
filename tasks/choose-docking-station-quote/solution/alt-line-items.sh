#!/usr/bin/env bash
# Alternative: a line-item table (quantity column, line totals, a bold total row) under a "Vendor:" line; Felix is
# told in two short sentences ("picked ... over ...").
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
file_request(
    "Purchase request - USB-C docks for the laptop refresh",
    "Vendor: Great Plains IT, quote GP-3307 (valid until 2026-12-18)\n\n"
    "| Item | Qty | Unit price | Line total |\n|---|---|---|---|\n"
    "| Ridgeline UD-90 Pro USB-C dock | 8 | $159.00 | $1,272.00 |\n"
    "| Delivery and handling | 1 | $60.00 | $60.00 |\n"
    "| **Total** | | | **$1,332.00** |\n")
tell_felix("I picked Great Plains IT over Prairie Tech (min 10 units) and Cornbelt (65 W). "
           "Total: USD 1332 for the 8 docks, delivery on Dec 10.")
PY
