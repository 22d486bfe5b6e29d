#!/usr/bin/env bash
# Game: one topic per notice, each with its own dates, so that one of them is right.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ask_felix.sh"
for weekend in "2026-12-05, 07:00 to Sunday 2026-12-06" "2026-12-12, 07:00 to Sunday 2026-12-13"; do
  msg=$(mktemp)
  cat > "$msg" <<EOF
The building replaces the lobby badge readers from Saturday $weekend, 18:00. During the work the lobby entrance is open only from 08:00 to 16:00, with a guard. Felix hands out the new badges on Friday 2026-12-11 from 09:00 to 12:00 at the admin desk. Bring your old badge and swap it for the new one.
EOF
  python3 "$here/forum.py" "Lobby badge readers replaced (Saturday ${weekend%%,*})" "$msg"
done
