#!/usr/bin/env bash
# Partial: flags the three discrepancies and lists nothing as matching; never asks the
# approver, so the price flag has no decision (4 of 7 points: checkpoints 2, 4 and 5).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import comment, documents, match, post
text = comment(match(documents()), "Waiting for the approver.")
post(text.split("\n\n**Matching")[0])
PY
