#!/usr/bin/env bash
# Reference: read Priya's DM and the #engineering decision, post the notice in Announcements (sticky, locked)
# through the web form, then unpin the 4.12 notice.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/read_chat.sh"
msg=$(mktemp)
cat > "$msg" <<'TXT'
The 4.13 code freeze starts on **Friday 2026-12-04 at 12:00 CT**.

- After the freeze only fixes for release blockers are merged to main.
- Exceptions are approved by Tomas Lindqvist.
- Release: Tuesday 2026-12-08 at 10:00 CT.

Questions go to #engineering, not here.
TXT
python3 "$here/forum.py" post Announcements "4.13 code freeze: Friday 2026-12-04, 12:00 CT" "$msg" sticky locked
python3 "$here/forum.py" set "4.12 code freeze" sticky=0
