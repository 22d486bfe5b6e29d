#!/usr/bin/env bash
# Partial: a good bug, assigned to the Intake API's owner, but Omar is never told the ticket number.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python_default "$HERE/file_bug.py" --assignee aisha.bello --description "$HERE/bug.md" \
  --subject "Intake API rejects same-day requests sent in the evening (preferred_date \"must be between today and 90 days ahead\")"
