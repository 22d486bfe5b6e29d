#!/usr/bin/env bash
# Partial: the work and the access hours from the revised notice, but no hand-out details (Felix never asked).
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi everyone, the building replaces the lobby badge readers from Saturday 2026-12-12, 07:00 to Sunday 2026-12-13, 18:00. During the work the lobby entrance is open only from 08:00 to 16:00 on both days, with a guard. Details about the new badges will follow.
EOF
python3 "$(dirname "$0")/forum.py" "Lobby badge readers: work on December 12-13" "$msg"
