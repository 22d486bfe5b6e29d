#!/usr/bin/env bash
# Near miss: the full disk filed as a comment on the existing ci-runner-3 disk ticket (another machine).
set -euo pipefail
python_default "$(dirname "$0")/triage.py" wrong-runner3
