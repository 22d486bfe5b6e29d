#!/usr/bin/env bash
# Near miss: Sofia's commit "Add regression test for slots ending at shift end" is read as the fix, so the
# slot finder bug is announced as fixed instead of listed as a known issue.
set -euo pipefail
cat > /tmp/notes.md <<'MD'
# dispatch-core 0.4.0 release notes

## New
- Batch scheduler (`schedule()`, 0.3.0): most urgent jobs first, earliest slot, least-loaded technician.
- Makefile and CI pipeline.

## Behaviour changes
- Travel buffers (0.4.0): existing appointments block 15 minutes (same zone) or 30 minutes (other zone).

## Fixes
- The last slot of a shift is offered again (#ISSUE_ID): a slot that ends exactly at the end of the shift is now
  found; covered by a new regression test.
MD
bash "$(dirname "$0")/publish.sh" /tmp/notes.md
