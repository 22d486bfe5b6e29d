#!/usr/bin/env bash
# A near miss: both comparisons flipped "for consistency". The visible suite passes (the shift's last slot is
# offered) but a job that exactly fills a gap between two appointments still gets no slot.
source "$(dirname "$0")/lib.sh"
clone_repo
git checkout -q -b fix/last-slot
sed -i 's/while start < latest_start:/while start <= latest_start:/; s/if latest_start < window.start:/if latest_start <= window.start:/' \
    dispatch_core/slots.py
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Fix off-by-one in slot finder (#$ISSUE)"
git push -q origin fix/last-slot
update_ticket "Fixed on branch fix/last-slot: the slot finder now offers the last slot of the shift."
