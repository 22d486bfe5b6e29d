#!/usr/bin/env bash
# Near miss: takes the plan from Marcus's old it-ops ticket (upgrade right after the deploy, same night).
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi Felix, the 4.13 deploy is Tuesday 12-08, 20:00-21:00 CT, and the PostgreSQL upgrade runs right after it at 21:00 the same night (Dec 8). Details in #{old_plan}.
EOF
python3 "$(dirname "$0")/forum.py" reply "$msg"
