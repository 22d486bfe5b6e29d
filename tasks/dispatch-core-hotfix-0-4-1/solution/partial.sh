#!/usr/bin/env bash
# Partial: the backport, version and changelog pushed on release/0.4, but no tag and no comment on the ticket.
source "$(dirname "$0")/lib.sh"
clone_release
git cherry-pick -x "$(main_commit 'Add regression test for slots ending at shift end')" \
    "$(main_commit 'Offer the last slot of a shift')"
bump_and_changelog 2026-11-23
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Release 0.4.1"
git push -q origin release/0.4
