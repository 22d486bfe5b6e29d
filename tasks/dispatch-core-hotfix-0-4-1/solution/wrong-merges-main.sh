#!/usr/bin/env bash
# Near miss: merges main into release/0.4 to get the fix, which also ships Tomas's travel-time overrides.
source "$(dirname "$0")/lib.sh"
clone_release
git merge -q --no-edit origin/main
bump_and_changelog 2026-11-23
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Release 0.4.1"
git tag -a v0.4.1 -m "dispatch-core 0.4.1 (FieldDay 4.12.1)"
git push -q origin release/0.4 v0.4.1
comment "dispatch-core 0.4.1 is tagged (v0.4.1 on release/0.4)."
