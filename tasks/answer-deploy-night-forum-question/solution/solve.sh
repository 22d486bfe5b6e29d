#!/usr/bin/env bash
# Reference: the deploy window, the upgrade night and the decision ticket, as a reply in Felix's thread (web forms).
set -euo pipefail
msg=$(mktemp)
cat > "$msg" <<'EOF'
Hi Felix,

this was decided in #{decision}:

- 4.13 production deploy: Tuesday 2026-12-08, 20:00-21:00 CT (Marcus runs it).
- PostgreSQL upgrade: not on the deploy night. It moved to Thursday 2026-12-10, 21:00-22:00 CT, after two days of watching 4.13 in production.

So please put two separate windows on the maintenance calendar.

Kai
EOF
python3 "$(dirname "$0")/forum.py" reply "$msg"
