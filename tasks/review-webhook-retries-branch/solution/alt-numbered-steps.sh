#!/usr/bin/env bash
# Another correct way: other subjects, numbered steps, the summary as a list of issue links.
set -euo pipefail
python_default "$(dirname "$0")/review.py" alt
