#!/usr/bin/env bash
# Partial: the right test on a new branch, but Aisha is never told.
source "$(dirname "$0")/lib.sh"
push_test "$HERE/test_rotation_twice.py" "test/key-rotation-twice" "Add regression test for rotating a key twice (#$ISSUE)"
