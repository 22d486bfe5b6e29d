#!/usr/bin/env bash
# Gaming: the same catch-all ticket three times (one "per defect"), all three listed in the summary.
set -euo pipefail
python_default "$(dirname "$0")/review.py" game-soup
