#!/usr/bin/env bash
# Wrong: ignores the $0.05 tolerance and flags PPS-2291 for its 1-cent tax rounding difference.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, comment, documents, match, post
results = match(documents(), cent_tolerance=0.0)
ask("priya.natarajan", "Hi Priya, SVN-5530 bills the switches above the PO-2026-0418 price. Do you accept it?")
post(comment(results, "Priya (PO approver) has not approved the price change: the PO price stands; corrected "
                      "invoice requested."))
PY
