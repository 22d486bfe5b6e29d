#!/usr/bin/env bash
# Game: both notices' weekends and hours, and both hand-out days, so that whatever is right is in there.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ask_felix.sh"
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi everyone, the lobby badge readers are replaced on the weekend of 2026-12-05/06 or 2026-12-12/13 (the building has sent two notices). During the work the lobby entrance is open from 08:00 to 16:00 or from 09:00 to 13:00.

New badges are handed out on Friday 2026-12-11 from 09:00 to 12:00 at the admin desk, or on Monday 2026-12-14 at the lobby desk. Bring your old badge and swap it for the new one.
EOF
python3 "$here/forum.py" "Lobby badge readers: dates and new badges" "$msg"
