#!/usr/bin/env bash
# Wrong: Felix is not asked; the hand-out follows the building's suggestion (Monday 12-14 at the lobby desk).
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi everyone, the building replaces the lobby badge readers from Saturday 2026-12-12, 07:00 to Sunday 2026-12-13, 18:00. During the work the lobby entrance is open only from 08:00 to 16:00 on both days, with a guard.

New badges are handed out on Monday 2026-12-14 at the lobby desk. Bring your old badge and return it there.
EOF
python3 "$(dirname "$0")/forum.py" "Lobby badge readers replaced on December 12-13" "$msg"
