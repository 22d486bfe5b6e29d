#!/usr/bin/env bash
# Alternative: priority "is not" Low/Normal, status listed as New/In Progress/Feedback, a second sort key, other columns.
set -euo pipefail
spec=$(mktemp)
cat > "$spec" <<'EOF'
{"name": "4.13 Blockers",
 "filters": [["fixed_version_id", "=", ["4.13"]], ["priority_id", "!", ["Low", "Normal"]], ["tracker_id", "=", ["Bug"]],
             ["status_id", "=", ["New", "In Progress", "Feedback", "Resolved"]]],
 "sort": [["priority", "desc"], ["updated_on", "desc"]],
 "columns": ["priority", "subject", "status", "assigned_to", "updated_on"]}
EOF
python3 "$(dirname "$0")/query.py" "$spec"
