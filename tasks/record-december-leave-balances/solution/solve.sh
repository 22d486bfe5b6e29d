#!/usr/bin/env bash
# Reference solution: business days minus holidays for the Resolved requests; new balances; comment and close.
set -euo pipefail
python_default "$(dirname "$0")/leave.py"
