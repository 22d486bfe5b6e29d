#!/usr/bin/env bash
# Another correct way: the fix and the test applied by hand (git show | git apply) in one squashed commit with the
# version bump and changelog; the tag message differs; the comment says "v0.4.1".
source "$(dirname "$0")/lib.sh"
clone_release
git show "$(main_commit 'Add regression test for slots ending at shift end')" -- tests/test_slots.py | git apply
git show "$(main_commit 'Offer the last slot of a shift')" -- dispatch_core/slots.py | git apply
bump_and_changelog 2026-11-23
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Hotfix 0.4.1: offer the last slot of a shift (#$ISSUE)"
git tag -a v0.4.1 -m "Hotfix release 0.4.1"
git push -q origin release/0.4
git push -q origin refs/tags/v0.4.1
comment "Tagged v0.4.1 (release/0.4)."
