#!/usr/bin/env bash
# Partial: answers questions 1-3 right in a numbered comment, never asks Omar, leaves question 4 open and attaches
# nothing (3 of 7 points).
set -euo pipefail
cd "$(dirname "$0")" && exec python_default - <<'PY'
from lib import analyse, comment, post
text = comment(analyse()).split("\n4.")[0] + "\n4. Still waiting for the at-risk thresholds."
post(text)
PY
