#!/usr/bin/env bash
# Partial: the right name and filters, but left in the default order (by number).
set -euo pipefail
spec=$(mktemp)
cat > "$spec" <<'EOF'
{"name": "4.13 blockers",
 "filters": [["status_id", "o", []], ["tracker_id", "=", ["Bug"]], ["fixed_version_id", "=", ["4.13"]],
             ["priority_id", "=", ["High", "Urgent", "Immediate"]]],
 "sort": [["id", "desc"]]}
EOF
python3 "$(dirname "$0")/query.py" "$spec"
