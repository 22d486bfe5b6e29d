#!/usr/bin/env bash
# Near miss: takes Priya's first reminder (Thursday 12-03 18:00, Priya approves) and misses the decision after it.
set -euo pipefail
here="$(dirname "$0")"
msg=$(mktemp)
cat > "$msg" <<'TXT'
The 4.13 code freeze starts on **Thursday 2026-12-03 at 18:00 CT**.

- After the freeze only fixes for release blockers are merged to main.
- Exceptions are approved by Priya Natarajan (release manager).
- Release: Tuesday 2026-12-08 at 10:00 CT.
TXT
python3 "$here/forum.py" post Announcements "4.13 code freeze: Thursday 2026-12-03, 18:00 CT" "$msg" sticky locked
python3 "$here/forum.py" set "4.12 code freeze" sticky=0
