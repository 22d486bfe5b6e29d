#!/usr/bin/env bash
# Partial: finds the 4xx and the timeout defects (two right tickets), misses the 120-minute retry, no summary.
set -euo pipefail
python_default "$(dirname "$0")/review.py" partial
