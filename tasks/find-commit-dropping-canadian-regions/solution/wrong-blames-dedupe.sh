#!/usr/bin/env bash
# A near miss: greps the commit messages for October and blames Maya's dedupe commit.
source "$(dirname "$0")/lib.sh"
read_question
clone_repo
DEDUPE=$(git log --format='%h' --grep='October export' -n 1)
WHEN=$(git log -1 --format=%ad --date=short "$DEDUPE")
send "Hi Maya, I think it's $DEDUPE (\"Keep only the latest version of each job\") by Maya Johnson on $WHEN: it reduces the October export to one row per job_id, which must have dropped Winnipeg's rows."
