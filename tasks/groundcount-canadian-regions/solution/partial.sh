#!/usr/bin/env bash
# Half done: never asks Maya (no customer short forms), codes and names with tests on the branch, pushed, but no
# comment on the ticket.
source "$(dirname "$0")/lib.sh"
clone_branch
python3 "$HERE/patch.py" . ""
python3 -m pytest -q
commit_and_push "Normalise Canadian provinces and territories in region codes"
