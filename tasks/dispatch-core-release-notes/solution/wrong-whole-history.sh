#!/usr/bin/env bash
# Near miss: the notes are written from the whole history of main (git log without v0.2.0..), so 0.1.0 and 0.2.0
# features are announced as new too.
set -euo pipefail
cat > /tmp/notes.md <<'MD'
# dispatch-core 0.4.0 release notes

## New
- Interval and model code extracted into dispatch-core.
- Per-technician availability.
- Slot finder with skill and window matching (`find_slots()`), on a 15-minute grid.
- Batch scheduler (`schedule()`): most urgent jobs first, earliest slot, least-loaded technician.
- Makefile and CI pipeline.

## Behaviour changes
- Travel buffers: existing appointments block 15 minutes (same zone) or 30 minutes (other zone) around them.

## Known issues
- The last slot of a shift is never offered (#ISSUE_ID); the regression test fails on main.
MD
bash "$(dirname "$0")/publish.sh" /tmp/notes.md
