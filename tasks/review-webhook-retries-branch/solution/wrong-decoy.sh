#!/usr/bin/env bash
# Near miss: the three right tickets plus a false one ("backoff is not exponential": the delays are the spec).
set -euo pipefail
python_default "$(dirname "$0")/review.py" wrong-decoy
