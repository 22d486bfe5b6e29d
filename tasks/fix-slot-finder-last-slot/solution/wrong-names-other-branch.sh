#!/usr/bin/env bash
# A near miss: the right fix pushed as fix/last-slot, but the ticket note names hotfix/last-slot (a branch that
# does not exist); the old substring match accepted it.
source "$(dirname "$0")/lib.sh"
clone_repo
git checkout -q -b fix/last-slot
sed -i 's/while start < latest_start:/while start <= latest_start:/' dispatch_core/slots.py
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Offer the last slot of a shift (#$ISSUE)"
git push -q origin fix/last-slot
update_ticket "Fixed on branch hotfix/last-slot: find_slots() now includes the last start time."
