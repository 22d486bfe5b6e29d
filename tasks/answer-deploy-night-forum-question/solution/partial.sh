#!/usr/bin/env bash
# Partial: replies in the thread with the deploy window only (no upgrade night, no ticket).
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi Felix, the 4.13 production deploy is on Tuesday, December 8, from 8 pm to 9 pm CT. I'll find out about the database upgrade.
EOF
python3 "$(dirname "$0")/forum.py" reply "$msg"
