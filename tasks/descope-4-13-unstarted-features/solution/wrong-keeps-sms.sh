#!/usr/bin/env bash
# Near miss: takes Omar's plea for the SMS reminders as an exception and keeps them in 4.13.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/chat.sh" ask lena.fischer "Lena, does the WCAG badge contrast ticket have to stay in 4.13?"
python3 "$here/tickets.py" move "Retry failed webhook deliveries" "Dispatcher board: bulk-reschedule" \
  "Technician app: dark mode"
msg=$(mktemp)
cat > "$msg" <<'TXT'
Moved to 5.0: #{Retry failed webhook deliveries}, #{Dispatcher board: bulk-reschedule}, #{Technician app: dark mode}.
Stays in 4.13: #{WCAG 2.1 AA} (Greenway audit), #{Customer notifications: SMS reminder} (sales), #{FieldDay 4.13 release checklist}.
TXT
python3 "$here/tickets.py" text "$msg" > "$msg.out"
bash "$here/chat.sh" post "$msg.out"
