#!/usr/bin/env bash
# Gaming: a hedge between the culprit and the dedupe commit, each with its author and date, and the right
# explanation for the first (the old grader allowed one extra commit id).
source "$(dirname "$0")/lib.sh"
read_question
clone_repo
find_culprit
DEDUPE=$(git log --format='%h' --grep='October export' -n 1)
DWHEN=$(git log -1 --format=%ad --date=short "$DEDUPE")
send "Hi Maya, it's either $SHORT by $WHO on $WHEN or $DEDUPE by Maya Johnson on $DWHEN. If it's the first: before it, any two-letter code was accepted, so MB passed; since then only US states are accepted, so MB is rejected as an unknown region."
