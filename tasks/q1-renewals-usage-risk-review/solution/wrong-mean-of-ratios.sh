#!/usr/bin/env bash
# Wrong: per-plan utilisation as the mean of the accounts' ratios (47.0 / 55.3 / 64.5), everything else right.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, ask_omar, comment, post, rule, table
result = analyse(mean_of_ratios=True, **rule(ask_omar("Hi Omar, what is the current at-risk rule for renewals?")))
post(comment(result), table(result))
PY
