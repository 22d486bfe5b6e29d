#!/usr/bin/env bash
# Reference solution: clone the branch (git), show each defect with a fake partner, one Bug per defect for Aisha
# and the list on the retry ticket (tracker).
set -euo pipefail
python_default "$(dirname "$0")/review.py" solve
