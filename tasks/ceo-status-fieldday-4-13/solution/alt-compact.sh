#!/usr/bin/env bash
# Another correct status, label-first and terse, in three separate messages; US numeric dates.
set -euo pipefail
HERE="$(dirname "$0")"
printf '%s\n' "FieldDay 4.13 — open: 7 (not started: 4, in progress: 3)" > /tmp/s1.txt
printf '%s\n' "Overdue: #{id:Move CI runners} CI runners → new build machines, owner Marcus Webb, due 11/13" \
  "High/Urgent with no owner: #{id:Slot finder never} slot finder misses the last slot of a shift (High)" > /tmp/s2.txt
printf '%s\n' "Release date: 12/8/2026" > /tmp/s3.txt
for f in /tmp/s1.txt /tmp/s2.txt /tmp/s3.txt; do python_default "$HERE/send_status.py" "$f"; done
