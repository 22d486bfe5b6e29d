#!/usr/bin/env bash
# Wrong: asks Marcus Webb (who requested PO-2026-0418) instead of its approver, and leaves the price open.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import ask, comment, documents, match, post
print("Marcus:", ask("marcus.webb", "Hi Marcus, SVN-5530 bills the switches above the PO price. Is that OK?"))
post(comment(match(documents()), "Marcus says Priya has to decide; on hold until Priya decides."))
PY
