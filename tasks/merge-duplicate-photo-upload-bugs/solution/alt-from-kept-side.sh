#!/usr/bin/env bash
# Alternative: the relations made from the kept ticket's side ("duplicated"), and Omar's summary as a table in
# other words.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ask_chloe
bugs merge large android spinner --from-kept
tell_omar "Omar, here's the photo-bug clean-up:

| ticket | what I did |
|---|---|
| #{large} | main ticket, still open |
| #{android} | marked as a duplicate of #{large}, closed |
| #{spinner} | marked as a duplicate of #{large}, closed |
| #{offline} | not a duplicate: Chloe says it's an offline-queue crash, left open |
| #{rotated} | not a duplicate either (board orientation), left open |"
