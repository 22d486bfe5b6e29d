#!/usr/bin/env bash
# Near miss: the right document filed under Policies instead of Benefits (where last year's is).
set -euo pipefail
desc=$(mktemp)
cat > "$desc" <<'EOF'
Open enrollment: Tuesday 2026-12-01 to Friday 2026-12-11. Elections take effect on 2027-01-01.
401(k) match: dollar for dollar up to 5% of salary (2026: 4%).
EOF
python3 "$(dirname "$0")/documents.py" new "2027 Benefits Summary" Policies "$desc" HR/Benefits/2027/Benefits_Summary_2027_v2.pdf
