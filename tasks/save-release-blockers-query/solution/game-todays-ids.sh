#!/usr/bin/env bash
# Gaming: a query of today's blocker numbers (issue # is ...), right today, wrong tomorrow.
set -euo pipefail
spec=$(mktemp)
cat > "$spec" <<'EOF'
{"name": "4.13 blockers",
 "filters": [["status_id", "*", []], ["issue_id", "=", ["BLOCKER_IDS"]]],
 "sort": [["priority", "desc"]]}
EOF
python3 "$(dirname "$0")/query.py" "$spec"
