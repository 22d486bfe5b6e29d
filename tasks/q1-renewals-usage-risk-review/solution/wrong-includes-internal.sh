#!/usr/bin/env bash
# Wrong: keeps the internal TG-DEMO / TG-QA tenants: jobs 22,811 -> 19,406 (-14.9%), largest drop TG-DEMO.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, ask_omar, comment, post, rule, table
result = analyse(internal=True, **rule(ask_omar("Hi Omar, what is the current at-risk rule for renewals?")))
post(comment(result).replace(" (customers only: TG-DEMO and TG-QA left out)", ""), table(result))
PY
