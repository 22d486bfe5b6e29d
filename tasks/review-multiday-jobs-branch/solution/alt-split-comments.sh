#!/usr/bin/env bash
# Another correct review: one comment per finding in plain prose (other words than the reference), tests as a
# unittest class and a parametrised test in two files, the regression test's skip removed on the review
# branch, and the branch pushed with an explicit refspec from a detached checkout.
source "$(dirname "$0")/lib.sh"
clone_feature
git checkout -q --detach
cp "$HERE/alt/test_review_booking.py" "$HERE/alt/test_review_priority.py" tests/
sed -i '/^@pytest.mark.skip(reason="flaky on ci-runner-2/d' tests/test_slots.py
git add tests
git commit -q -m "Review: tests for multi-day booking on days off and job priority" \
    -m "Both fail on feature/multi-day-jobs; the slot regression test runs again."
git push -q origin HEAD:refs/heads/review/multi-day-jobs
for n in 1 2 3; do comment "$(cat "$HERE/alt/comment-$n.txt")"; done
