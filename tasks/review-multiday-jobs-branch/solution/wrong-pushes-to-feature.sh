#!/usr/bin/env bash
# A near miss: the right review and the right tests, but committed and pushed straight onto Tomas's branch
# (he asked for a new review/multi-day-jobs branch and not to push to his).
source "$(dirname "$0")/lib.sh"
clone_feature
cp "$HERE/test_multiday_review.py" tests/
git add tests
git commit -q -m "Add failing tests for the multi-day review"
git push -q origin feature/multi-day-jobs
comment "$(sed 's#are on branch review/multi-day-jobs#are on your branch#' "$HERE/review.md")"
