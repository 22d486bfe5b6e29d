#!/usr/bin/env bash
# Partial: the right notice in Announcements, but neither pinned nor locked, and the 4.12 notice stays pinned.
set -euo pipefail
here="$(dirname "$0")"
msg=$(mktemp)
cat > "$msg" <<'TXT'
The 4.13 code freeze starts on Friday 2026-12-04 at 12:00 CT. After that only release-blocker fixes are merged,
and Tomas Lindqvist approves the exceptions.
TXT
python3 "$here/forum.py" post Announcements "4.13 code freeze: Friday 2026-12-04, 12:00 CT" "$msg"
