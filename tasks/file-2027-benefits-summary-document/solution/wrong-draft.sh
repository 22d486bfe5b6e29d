#!/usr/bin/env bash
# Near miss: files draft v1 (the first file in the folder) with its values: 4.5% match, enrollment to Dec 18.
set -euo pipefail
desc=$(mktemp)
cat > "$desc" <<'EOF'
2027 benefits summary.

Open enrollment: Tuesday 2026-12-01 to Friday 2026-12-18. Elections take effect on 2027-01-01.
401(k) match: dollar for dollar up to 4.5% of salary (2026: 4%).
EOF
python3 "$(dirname "$0")/documents.py" new "2027 Benefits Summary" Benefits "$desc" HR/Benefits/2027/Benefits_Summary_2027_v1.pdf
