#!/usr/bin/env bash
# Near miss: trusts the green suite and approves.
source "$(dirname "$0")/lib.sh"
clone_review review/cancel-requests
python3 -m pytest -q -p no:cacheprovider
dm_tomas "Hi Tomas, reviewed feature/cancel-requests: tests pass, the 409s and 404s match the spec and the docs are updated. LGTM, approved!"
