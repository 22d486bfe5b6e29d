#!/usr/bin/env bash
# Reference solution: read the logs (files), bisect the groundcount-etl failure (git), reuse the slot ticket,
# file the two new tickets (tracker), one line per pipeline to Marcus (chat).
set -euo pipefail
python_default "$(dirname "$0")/triage.py" solve
