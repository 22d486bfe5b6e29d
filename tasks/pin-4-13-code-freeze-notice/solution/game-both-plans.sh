#!/usr/bin/env bash
# Gaming: both plans of the chat in one pinned notice, so whichever was decided is there.
set -euo pipefail
here="$(dirname "$0")"
msg=$(mktemp)
cat > "$msg" <<'TXT'
The 4.13 code freeze is Thursday 2026-12-03 at 18:00 CT or Friday 2026-12-04 at 12:00 CT (see #engineering).
Exceptions are approved by Priya Natarajan or Tomas Lindqvist.
TXT
python3 "$here/forum.py" post Announcements "4.13 code freeze" "$msg" sticky locked
python3 "$here/forum.py" set "4.12 code freeze" sticky=0
