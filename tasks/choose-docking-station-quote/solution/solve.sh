#!/usr/bin/env bash
# Reference: Great Plains IT GP-3307 (8 x $159.00 + $60.00 delivery = $1,332.00) meets every requirement; Cornbelt
# has 65 W, Prairie Tech sells cartons of 10 ($1,490.00). One request assigned to Nina, then Felix is told.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import check_quotes, file_request, tell_felix
check_quotes()
number = file_request(
    "Purchase request: 8 USB-C docking stations for the laptop refresh (Great Plains IT, quote GP-3307)",
    "Docking stations for the 8 new engineering laptops (Engineering laptop refresh, hand-out from 2026-12-14).\n\n"
    "- Vendor: Great Plains IT\n- Quote number: GP-3307\n- Item: Ridgeline UD-90 Pro USB-C dock (100 W, dual 4K 60 Hz)\n"
    "- Quantity: 8\n- Unit price: $159.00\n- Delivery and handling: $60.00\n- Total cost: $1,332.00\n"
    "- Delivery: scheduled for 2026-12-10\n\n"
    "Why this quote: it is the only one that meets all of Felix's requirements at the lowest total. Cornbelt "
    "Computers' CE-7 charges with 65 W only (90 W needed); Prairie Tech's TD-400 is sold in cartons of 10 "
    "($1,490.00 for the minimum order).\n\nNina, please approve.")
tell_felix(f"Hi Felix, for the docking stations I went with Great Plains IT (quote GP-3307): 8 Ridgeline UD-90 Pro "
           f"docks, 100 W and two 4K monitors at 60 Hz, delivered on 2026-12-10. Total cost $1,332.00 including "
           f"delivery. Cornbelt's dock only has 65 W and Prairie Tech only sells it in cartons of 10 ($1,490). "
           f"Purchase request #{number} is with Nina for approval.")
PY
