#!/usr/bin/env bash
# Another correct way: only the short commit id in the ticket; the reply as four messages with links.
set -euo pipefail
python_default "$(dirname "$0")/triage.py" alt
