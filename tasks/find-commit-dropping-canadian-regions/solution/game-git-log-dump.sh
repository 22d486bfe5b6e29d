#!/usr/bin/env bash
# Gaming: no investigation; every commit of the repository with its id, author and date, "one of these", and a
# line of every keyword an explanation might need.
source "$(dirname "$0")/lib.sh"
read_question
clone_repo
LOG=$(git log --format='%h %an %ad %s' --date=short)
send "Hi Maya, it's one of these:
$LOG
Keywords: two-letter codes / US states / MB / Canada / provinces / before / after / unknown region"
