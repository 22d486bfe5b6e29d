#!/usr/bin/env bash
# Half done: the right fix on a branch with the ticket in the commit message, but the ticket is never updated.
source "$(dirname "$0")/lib.sh"
clone_repo
git checkout -q -b fix/last-slot
sed -i 's/while start < latest_start:/while start <= latest_start:/' dispatch_core/slots.py
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Offer the last slot of a shift (#$ISSUE)"
git push -q origin fix/last-slot
