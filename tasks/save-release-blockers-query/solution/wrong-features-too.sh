#!/usr/bin/env bash
# Near miss: no tracker filter, so High/Urgent features of 4.13 show up as blockers.
set -euo pipefail
spec=$(mktemp)
cat > "$spec" <<'EOF'
{"name": "4.13 blockers",
 "filters": [["status_id", "o", []], ["fixed_version_id", "=", ["4.13"]],
             ["priority_id", "=", ["High", "Urgent", "Immediate"]]],
 "sort": [["priority", "desc"]]}
EOF
python3 "$(dirname "$0")/query.py" "$spec"
