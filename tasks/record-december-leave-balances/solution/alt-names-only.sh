#!/usr/bin/env bash
# Alternative: a file with names only and another balance header, rows in another order; comments in other words
# with the remaining balance.
set -euo pipefail
python_default "$(dirname "$0")/leave.py" --style alt
