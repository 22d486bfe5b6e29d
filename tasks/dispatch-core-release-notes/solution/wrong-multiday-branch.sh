#!/usr/bin/env bash
# Near miss: `git log --all` also shows the unmerged feature/multi-day-jobs branch, and multi-day jobs are
# announced as a new feature of 0.4.0.
set -euo pipefail
cat > /tmp/notes.md <<'MD'
# dispatch-core 0.4.0 release notes

## New
- Batch scheduler (`schedule()`, 0.3.0): most urgent jobs first, earliest slot, least-loaded technician.
- Multi-day jobs: `Job.days` and start-day search for work spanning several days.
- Makefile and CI pipeline.

## Behaviour changes
- Travel buffers (0.4.0): existing appointments block 15 minutes (same zone) or 30 minutes (other zone).

## Known issues
- The last slot of a shift is never offered (#ISSUE_ID); the regression test fails on main.
MD
bash "$(dirname "$0")/publish.sh" /tmp/notes.md
