#!/usr/bin/env bash
# Near miss: the right answer, but posted as a new topic instead of a reply in Felix's thread.
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi Felix, decided in #{decision}: the 4.13 production deploy is Tuesday 2026-12-08, 20:00-21:00 CT. The PostgreSQL upgrade moved to Thursday 2026-12-10, 21:00-22:00 CT (not the deploy night).
EOF
python3 "$(dirname "$0")/forum.py" topic "$msg"
