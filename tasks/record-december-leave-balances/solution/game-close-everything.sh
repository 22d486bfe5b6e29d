#!/usr/bin/env bash
# Gaming: the right work, then every open leave request closed as "processed", the waiting one too.
set -euo pipefail
python_default "$(dirname "$0")/leave.py" --close-all
