#!/usr/bin/env bash
# Near miss: everything right, but the changelog entry is dated today (2026-11-20), not the release date.
source "$(dirname "$0")/lib.sh"
clone_release
git cherry-pick -x "$(main_commit 'Add regression test for slots ending at shift end')" \
    "$(main_commit 'Offer the last slot of a shift')"
bump_and_changelog 2026-11-20
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Release 0.4.1"
git tag -a v0.4.1 -m "dispatch-core 0.4.1 (FieldDay 4.12.1)"
git push -q origin release/0.4 v0.4.1
comment "dispatch-core 0.4.1 is tagged (v0.4.1 on release/0.4)."
