#!/usr/bin/env bash
# Half done: the right default (asked Maya) with the tests adjusted, but the README still says 3.
source "$(dirname "$0")/lib.sh"
ask_maya "Hi Maya! Which --min-group does the production nightly job use?"
clone_branch min-group-default
python3 "$HERE/apply.py" . "$VALUE"
git checkout -q -- README.md
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Default to the production minimum group size of $VALUE"
