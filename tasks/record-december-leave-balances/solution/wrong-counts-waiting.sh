#!/usr/bin/env bash
# Wrong: also deducts (and closes) Sofia's request, which still waits for approval.
set -euo pipefail
python_default "$(dirname "$0")/leave.py" --include-waiting
