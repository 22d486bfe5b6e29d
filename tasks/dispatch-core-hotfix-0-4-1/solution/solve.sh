#!/usr/bin/env bash
# Reference solution: cherry-pick Sofia's test and Aisha's fix onto release/0.4, bump, changelog, annotated tag,
# push branch and tag (git); comment on the ticket (tracker).
source "$(dirname "$0")/lib.sh"
clone_release
git cherry-pick -x "$(main_commit 'Add regression test for slots ending at shift end')" \
    "$(main_commit 'Offer the last slot of a shift')"
bump_and_changelog 2026-11-23
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Release 0.4.1" -m "FieldDay 4.12.1 hotfix: the slot finder fix (#$ISSUE)."
git tag -a v0.4.1 -m "dispatch-core 0.4.1 (FieldDay 4.12.1)"
git push -q origin release/0.4 v0.4.1
comment "dispatch-core 0.4.1 is tagged: v0.4.1 on release/0.4 (Sofia's regression test and Aisha's fix cherry-picked, nothing else from main; version and CHANGELOG updated, all 35 tests pass). @marcus.webb ready to deploy from the tag for FieldDay 4.12.1 on Monday."
echo "tagged v0.4.1"
