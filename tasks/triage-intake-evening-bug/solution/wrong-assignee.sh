#!/usr/bin/env bash
# Near miss: a good ticket, but assigned to Tomás Lindqvist (the senior backend engineer, owner of the scheduling
# engine) instead of Aisha Bello, who owns the Intake API.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
python_default "$HERE/file_bug.py" --assignee tomas.lindqvist --description "$HERE/bug.md" \
  --subject "Intake API rejects same-day requests sent in the evening (preferred_date \"must be between today and 90 days ahead\")" \
  --message "@omar.haddad filed as #{id}, assigned to Tomás."
