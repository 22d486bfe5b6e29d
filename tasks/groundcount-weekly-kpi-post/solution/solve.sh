#!/usr/bin/env bash
# Reference solution: fetch both weekly files, ask Elena for the definition, compute, post in #data.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
WORK=$(mktemp -d)
for w in 45 46; do
  curl -sf -u "${WORKFLOOR_USERNAME}:${WORKFLOOR_PASSWORD}" -o "$WORK/W$w.csv" \
    "http://tallgrass.test:3923/Data/reports/groundcount_2026-W$w.csv"
done
REPLY=$(python_default -m grading.clients.chat ask elena.popescu \
  "Hi Elena, Raj asked me to do the weekly Groundcount post. How exactly is the slow-booking share defined?")
echo "Elena: $REPLY"
printf '%s' "$REPLY" > "$WORK/definition.txt"
python_default "$HERE/kpi.py" "$WORK" > "$WORK/post.txt"
cat "$WORK/post.txt"
PYTHONPATH=/utils python_default - "$WORK/post.txt" <<'PY'
import os, sys
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_message("data", open(sys.argv[1], encoding="utf-8").read().strip())
print("posted in #data")
PY
