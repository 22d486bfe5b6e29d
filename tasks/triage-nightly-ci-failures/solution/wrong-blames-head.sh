#!/usr/bin/env bash
# Near miss: the groundcount-etl bug assigned to the author of the head commit (Maya), not to Raj.
set -euo pipefail
python_default "$(dirname "$0")/triage.py" wrong-blames-head
