#!/usr/bin/env bash
# Alternative: the document first, the file added afterwards from its page; the facts as a table, "5 percent", month-day ranges.
set -euo pipefail
desc=$(mktemp)
cat > "$desc" <<'EOF'
| | 2027 |
|---|---|
| Open enrollment | December 1–11, 2026 |
| 401(k) match | 5 percent of salary, matched dollar for dollar |

The attached summary is the version Margaret approved.
EOF
python3 "$(dirname "$0")/documents.py" attach-later "2027 Benefits Summary" Benefits "$desc" HR/Benefits/2027/Benefits_Summary_2027_v2.pdf
