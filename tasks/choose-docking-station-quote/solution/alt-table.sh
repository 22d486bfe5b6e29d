#!/usr/bin/env bash
# Alternative: the request as a markdown table with "USD 1332" and "8 docks", a subject without the vendor's name;
# Felix gets prose ("the only one that meets all ...") with the total in USD.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import file_request, tell_felix
number = file_request(
    "Docking stations for the engineering laptop refresh - quote GP-3307",
    "| Field | Value |\n|---|---|\n| Supplier | Great Plains IT |\n| Quote | GP-3307 (2026-11-28, valid until 2026-12-18) |\n"
    "| Qty | 8 docks |\n| Unit price | USD 159 |\n| Delivery | USD 60 |\n| Total | USD 1332 |\n\n"
    "Compared with Prairie Tech PT-Q-5521 (minimum 10 units) and Cornbelt CB-20261127-14 (65 W only).")
tell_felix(f"Felix: Great Plains IT is the only one that meets all of your requirements at the lowest total cost, "
           f"USD 1,332.00 for all 8 docks delivered on 12-10 (ticket #{number}, waiting for Nina's approval).")
PY
