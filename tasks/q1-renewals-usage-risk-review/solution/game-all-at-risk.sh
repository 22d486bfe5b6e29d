#!/usr/bin/env bash
# Game: answers 1-3 right, but calls every Q1 2027 renewal at risk, in the comment and in the CSV.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, comment, post, table
result = analyse()
for r in result["renewals"]:
    r["risk"] = True
post(comment(result), table(result, all_at_risk=True))
PY
