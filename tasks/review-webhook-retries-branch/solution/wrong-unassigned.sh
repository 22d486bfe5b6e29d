#!/usr/bin/env bash
# Near miss: the three right tickets, left unassigned instead of assigned to Aisha.
set -euo pipefail
python_default "$(dirname "$0")/review.py" wrong-unassigned
