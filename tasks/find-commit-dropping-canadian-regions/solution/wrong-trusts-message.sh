#!/usr/bin/env bash
# A near miss: the right commit, author and date, but the explanation repeats the commit message (Canadian
# provinces were always rejected) instead of the behaviour change.
source "$(dirname "$0")/lib.sh"
read_question
clone_repo
find_culprit
send "Hi Maya, the closest match is $SHORT (\"$SUBJECT\") by $WHO on $WHEN. It adds US state names like Iowa and Nebraska; Canadian provinces were already rejected before, as the commit message says, so MB must have gone missing for another reason."
