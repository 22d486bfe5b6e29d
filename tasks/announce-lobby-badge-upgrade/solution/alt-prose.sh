#!/usr/bin/env bash
# Alternative: prose with month names and 12-hour times ("8 am and 4 pm", "9 am and noon"), Felix asked first.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ask_felix.sh"
msg=$(mktemp)
cat > "$msg" <<'EOF'
Dear colleagues,

Haymarket Properties is installing new badge readers at the lobby entrance from Saturday, December 12 at 7 am until Sunday, December 13 at 6 pm. While the work is going on, the lobby is only open between 8 am and 4 pm on both days and a guard checks the tenant list at the door; outside those hours nobody can get in.

Please collect your new badge from Felix at the admin desk on Friday, December 11th, between 9 am and noon. Bring your old badge along and hand it in when you get the new one. The old badges stop working on Sunday evening, so please don't wait for Monday.

Thanks, Kai (for Nina)
EOF
python3 "$here/forum.py" "New lobby badges and building access, weekend of Dec 12" "$msg"
