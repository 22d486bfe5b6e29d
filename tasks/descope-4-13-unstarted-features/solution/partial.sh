#!/usr/bin/env bash
# Partial: asks Lena, moves the four not-started features and keeps WCAG, but posts no scope summary.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/chat.sh" ask lena.fischer "Lena, does the WCAG badge contrast ticket have to stay in 4.13?"
python3 "$here/tickets.py" move "Retry failed webhook deliveries" "Dispatcher board: bulk-reschedule" \
  "Technician app: dark mode" "Customer notifications: SMS reminder"
