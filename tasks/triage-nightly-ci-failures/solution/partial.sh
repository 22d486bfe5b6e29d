#!/usr/bin/env bash
# Partial: the two right tickets, but Marcus never gets the per-pipeline reply.
set -euo pipefail
python_default "$(dirname "$0")/triage.py" partial
