#!/usr/bin/env bash
# Wrong: asks Omar but reads the rule the other way at both edges (utilisation 40% or less, jobs down more than
# 30%): lists FD-A-1007 (exactly 40%), misses FD-A-1011 (exactly -30%), in the comment and the CSV.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, ask_omar, comment, post, table
ask_omar("Hi Omar, what is the current at-risk rule for renewals?")
result = analyse(util_inclusive=True, drop_inclusive=False)
post(comment(result), table(result))
PY
