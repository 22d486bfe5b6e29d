#!/usr/bin/env bash
# Reference: open bugs of 4.13 with priority High, Urgent or Immediate, sorted by priority descending (web form).
set -euo pipefail
spec=$(mktemp)
cat > "$spec" <<'EOF'
{"name": "4.13 blockers",
 "filters": [["status_id", "o", []], ["tracker_id", "=", ["Bug"]], ["fixed_version_id", "=", ["4.13"]],
             ["priority_id", "=", ["High", "Urgent", "Immediate"]]],
 "sort": [["priority", "desc"]]}
EOF
python3 "$(dirname "$0")/query.py" "$spec"
