#!/usr/bin/env bash
# Another correct answer: the full sha, "Sept 28" with no year, the first name only, other wording, and the
# answer spread over three messages (author and date in different sentences).
source "$(dirname "$0")/lib.sh"
read_question
clone_repo
find_culprit
send "Found it: $FULL" \
     "Raj made that change (\"$SUBJECT\"). It went in on Sept 28." \
     "It used to let any 2-letter alphabetic region through, which is why MB passed. Since Raj's change the region has to be a US postal code or a US state name, so Manitoba rows are dropped as unknown region."
