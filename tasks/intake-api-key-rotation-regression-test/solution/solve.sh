#!/usr/bin/env bash
# Reference solution: a regression test through KeyRing's public methods on a new branch (git), then the branch
# name to Aisha (chat).
source "$(dirname "$0")/lib.sh"
BRANCH="test/key-rotation-twice"
push_test "$HERE/test_rotation_twice.py" "$BRANCH" "Add regression test for rotating a key twice (#$ISSUE)"
# the test must fail on Tomas's version of auth.py
TOMAS=$(git log --format=%H --grep="^Let admins list a customer's keys; simplify rotation" -n 1 main)
git show "$TOMAS:intake_api/auth.py" > intake_api/auth.py
if python3 -m pytest -q -p no:cacheprovider tests/test_rotation_twice.py; then echo "test does not catch the bug"; exit 1; fi
git checkout -q intake_api/auth.py
tell_aisha "Hi Aisha! The regression test for #$ISSUE is on branch $BRANCH in intake-api (tests/test_rotation_twice.py). It rotates twice within the grace period and checks that the first key stops working exactly 24 hours after the first rotation, through add/lookup/rotate/keys_of only. It fails on Tomas's 11-10 version and passes on main; whole suite green. Ready for your review."
echo "pushed $BRANCH"
