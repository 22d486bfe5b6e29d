#!/usr/bin/env bash
# Alternative: other order (summary drafted first), the question about the badges in other words, the scope as
# prose sentences with ticket links instead of lists.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/chat.sh" ask lena.fischer "Quick one about the accessibility badges ticket: is there a December customer commitment that needs it in 4.13?"
python3 "$here/tickets.py" move "Customer notifications: SMS reminder" "Technician app: dark mode" \
  "Dispatcher board: bulk-reschedule" "Retry failed webhook deliveries"
msg=$(mktemp)
cat > "$msg" <<'TXT'
4.13 scope is cut. I pushed http://tallgrass.test:3000/issues/{Customer notifications: SMS reminder} (SMS reminders), http://tallgrass.test:3000/issues/{Technician app: dark mode} (dark mode), http://tallgrass.test:3000/issues/{Dispatcher board: bulk-reschedule} (bulk reschedule) and http://tallgrass.test:3000/issues/{Retry failed webhook deliveries} (webhook retries) to 5.0.
The WCAG badge contrast ticket http://tallgrass.test:3000/issues/{WCAG 2.1 AA} stays in 4.13, since Greenway's accessibility audit on Dec 14 checks the badges. Bugs, work in progress and the release checklist stay as they are.
TXT
python3 "$here/tickets.py" text "$msg" > "$msg.out"
bash "$here/chat.sh" post "$msg.out"
