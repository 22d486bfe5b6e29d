#!/usr/bin/env bash
# Half done: the right commit, author and date, but nothing on what changed in the behaviour.
source "$(dirname "$0")/lib.sh"
read_question
clone_repo
find_culprit
send "Hi Maya, it's commit $SHORT (\"$SUBJECT\") by $WHO on $WHEN."
