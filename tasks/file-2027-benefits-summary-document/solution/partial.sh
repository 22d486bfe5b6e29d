#!/usr/bin/env bash
# Partial: the right file, title and category, but the description only points to the PDF.
set -euo pipefail
desc=$(mktemp)
cat > "$desc" <<'EOF'
The approved 2027 benefits summary. Details are in the attached PDF.
EOF
python3 "$(dirname "$0")/documents.py" new "2027 Benefits Summary" Benefits "$desc" HR/Benefits/2027/Benefits_Summary_2027_v2.pdf
