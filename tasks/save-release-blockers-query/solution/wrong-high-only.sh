#!/usr/bin/env bash
# Near miss: priority "High" only, so the Immediate bug is missing.
set -euo pipefail
spec=$(mktemp)
cat > "$spec" <<'EOF'
{"name": "4.13 blockers",
 "filters": [["status_id", "o", []], ["tracker_id", "=", ["Bug"]], ["fixed_version_id", "=", ["4.13"]],
             ["priority_id", "=", ["High"]]],
 "sort": [["priority", "desc"]]}
EOF
python3 "$(dirname "$0")/query.py" "$spec"
