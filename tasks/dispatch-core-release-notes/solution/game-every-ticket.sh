#!/usr/bin/env bash
# Gaming: a keyword page with every term a checker might look for and every FieldDay ticket number, so that the
# right ticket is "referenced" whatever it is.
set -euo pipefail
cat > /tmp/notes.md <<'MD'
# Release notes 0.4.0

scheduler, batch, schedule(), travel, buffer, zone, 15, 30, minutes, new, behaviour change

Known issues: last slot, end of the shift, end of a gap, ends exactly, slot finder: ALL_IDS
MD
bash "$(dirname "$0")/publish.sh" /tmp/notes.md
