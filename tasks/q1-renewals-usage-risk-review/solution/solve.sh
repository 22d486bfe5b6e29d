#!/usr/bin/env bash
# Reference: ask Omar for the at-risk rule, join the CRM list with both usage exports (customers only; no October
# row = 0), answer the four questions in one numbered comment and attach the Q1 renewals CSV.
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, ask_omar, comment, post, rule, table
reply = ask_omar("Hi Omar, Hannah asked me to list the at-risk accounts among the Q1 2027 renewals. "
                 "What is Customer Success's current at-risk rule (thresholds)?")
print("Omar:", reply)
result = analyse(**rule(reply))
text = comment(result)
print(text)
post(text, table(result))
PY
