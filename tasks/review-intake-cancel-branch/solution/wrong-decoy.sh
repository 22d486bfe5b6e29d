#!/usr/bin/env bash
# Near miss: flags the (correct) 409 for completed requests as the bug, with a test expecting them to be
# cancellable; misses the cross-customer cancel.
source "$(dirname "$0")/lib.sh"
clone_review review/cancel-requests
python3 "$HERE/review_test.py" . completed
commit_and_push "Add a failing test: completed requests can be cancelled"
dm_tomas "Hi Tomas, requesting changes on feature/cancel-requests: cancelling a completed request returns 409, but customers should be able to cancel it too. Failing test on review/cancel-requests."
