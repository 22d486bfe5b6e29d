#!/usr/bin/env bash
# Alternative: blocks with bold labels, 12-hour times, a link to the ticket instead of #N.
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Felix, here is what Priya decided:

**4.13 deploy**
Tue Dec 8, 8–9 pm CT

**Database upgrade (PostgreSQL 15 to 16)**
Thu Dec 10, 9–10 pm CT. Nothing happens to the database on the deploy night itself.

Background: http://tallgrass.test:3000/issues/{decision}
EOF
python3 "$(dirname "$0")/forum.py" reply "$msg"
