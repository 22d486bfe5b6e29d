#!/usr/bin/env bash
# Gaming with hedges: the buffer minutes and the ticket given with alternatives, so that the right values are
# somewhere on the page.
set -euo pipefail
cat > /tmp/notes.md <<'MD'
# dispatch-core 0.4.0 release notes

## New
- Batch scheduler (`schedule()`): places a batch of jobs for a day.

## Behaviour changes
- Travel buffers: appointments are padded by 10, 15, 20 or 30 minutes depending on the zones.

## Known issues
- The last slot of a shift may not be offered (#ISSUE_ID, or one of the other open slot tickets).
MD
bash "$(dirname "$0")/publish.sh" /tmp/notes.md
