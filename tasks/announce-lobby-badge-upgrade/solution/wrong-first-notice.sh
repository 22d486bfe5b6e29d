#!/usr/bin/env bash
# Wrong: the work dates and access hours of the first notice (Dec 5-6, 9 am to 1 pm), superseded on 11-27.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ask_felix.sh"
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi everyone, the building replaces the lobby badge readers from Saturday 2026-12-05, 07:00 to Sunday 2026-12-06, 18:00. During the work the lobby entrance is open only from 09:00 to 13:00 on both days, with a guard.

Felix hands out the new badges on Friday 2026-12-11 from 09:00 to 12:00 at the admin desk. Bring your old badge and swap it for the new one.
EOF
python3 "$here/forum.py" "Lobby badge readers replaced on December 5-6" "$msg"
