#!/usr/bin/env bash
# Alternative: unpin the 4.12 notice first, post the notice plain and pin and lock it afterwards from its edit
# form; bold-label blocks, "Dec 4" and "noon", the superseded Thursday named as such, the approver on its own line.
set -euo pipefail
here="$(dirname "$0")"
python3 "$here/forum.py" set "4.12 code freeze" sticky=0 locked=1
msg=$(mktemp)
cat > "$msg" <<'TXT'
Heads-up, team: we moved the freeze from Thursday Dec 3 so the webhook retry change makes the release.

**Code freeze**
Fri Dec 4, noon CT

**Exceptions approved by**
Tomas Lindqvist (Priya is at a customer visit that day)

**What's allowed after the freeze**
Release-blocker fixes only.

Please ask in #engineering.
TXT
python3 "$here/forum.py" post Announcements "Code freeze for FieldDay 4.13 - Friday Dec 4, noon CT" "$msg"
python3 "$here/forum.py" set "Code freeze for FieldDay 4.13" sticky=1 locked=1
