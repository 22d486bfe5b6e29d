#!/usr/bin/env bash
# Partial: the changes since v0.2.0 are written up, but the known issues section was left for later.
set -euo pipefail
cat > /tmp/draft.md <<'MD'
# dispatch-core 0.4.0 release notes (draft)

Changes on main since v0.2.0.

## New
- **Batch scheduler** (`dispatch_core.schedule()`, 0.3.0): places a day's jobs, most urgent first, earliest slot,
  least-loaded technician on ties.
- Makefile and CI pipeline.

## Behaviour changes
- **Travel buffers** (0.4.0): existing appointments block 15 minutes (same zone) or 30 minutes (other zone)
  before and after them when slots are searched for a new job.

## Known issues
TODO
MD
bash "$(dirname "$0")/publish.sh" /tmp/draft.md
