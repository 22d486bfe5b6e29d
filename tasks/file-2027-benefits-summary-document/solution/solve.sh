#!/usr/bin/env bash
# Reference: the approved v2 PDF as "2027 Benefits Summary" in Benefits, with the window and the match (web form).
set -euo pipefail
desc=$(mktemp)
cat > "$desc" <<'EOF'
Approved 2027 benefits summary (version 2, approved by Margaret Okafor on 2026-11-24).

Open enrollment: Tuesday 2026-12-01 to Friday 2026-12-11. Elections take effect on 2027-01-01.
401(k) match: dollar for dollar up to 5% of salary (2026: 4%).
EOF
python3 "$(dirname "$0")/documents.py" new "2027 Benefits Summary" Benefits "$desc" HR/Benefits/2027/Benefits_Summary_2027_v2.pdf
