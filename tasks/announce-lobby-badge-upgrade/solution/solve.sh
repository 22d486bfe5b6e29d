#!/usr/bin/env bash
# Reference: the revised notice (work Sat 12-12 07:00 to Sun 12-13 18:00, lobby open 08:00-16:00 with a guard) and
# Felix's hand-out (Fri 12-11, 09:00-12:00, admin desk, swap the old badge), one topic in the forum.
set -euo pipefail
here="$(dirname "$0")"
reply=$(bash "$here/ask_felix.sh")
echo "Felix: $reply"
grep -q "12-11" <<<"$reply" || grep -qi "December 11" <<<"$reply" || { echo "unexpected reply" >&2; exit 1; }
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi everyone,

the building replaces the badge readers at the lobby entrance on the weekend of December 12-13.

*When:* Saturday 2026-12-12, 07:00 until Sunday 2026-12-13, 18:00.

*Getting in during the work:* the lobby entrance is open only from 08:00 to 16:00 on both days, with a security guard checking the tenant list. There is no access outside those hours. The garage elevator does not stop at the lobby, so take the garage stairs.

*New badges:* your current badge stops working on Sunday 2026-12-13 at 18:00. Felix hands out the new badges on Friday 2026-12-11 from 09:00 to 12:00 at the admin desk (Suite 300).

*Old badges:* bring your old badge to the hand-out and swap it for the new one (the building charges $25 for every badge that is not returned).

Can't make it on Friday morning? Send Felix a direct message and he'll sort it out with you.

Kai
EOF
python3 "$here/forum.py" "Lobby badge readers replaced on December 12-13: access and new badges" "$msg"
