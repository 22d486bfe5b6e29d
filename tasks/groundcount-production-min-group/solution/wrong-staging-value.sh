#!/usr/bin/env bash
# A near miss: reads the staging value (2) from Maya's answer and makes it the default.
source "$(dirname "$0")/lib.sh"
ask_maya "Hi Maya! Which --min-group does the production nightly job use?"
clone_branch min-group-default
python3 "$HERE/apply.py" . 2
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Default to minimum group size 2"
