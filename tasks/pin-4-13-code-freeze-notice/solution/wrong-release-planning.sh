#!/usr/bin/env bash
# Near miss: the right notice, pinned and locked, but in the "Release planning" board instead of Announcements.
set -euo pipefail
here="$(dirname "$0")"
msg=$(mktemp)
cat > "$msg" <<'TXT'
The 4.13 code freeze starts on Friday 2026-12-04 at 12:00 CT. Exceptions are approved by Tomas Lindqvist.
TXT
python3 "$here/forum.py" post "Release planning" "4.13 code freeze: Friday 2026-12-04, 12:00 CT" "$msg" sticky locked
python3 "$here/forum.py" set "4.12 code freeze" sticky=0
