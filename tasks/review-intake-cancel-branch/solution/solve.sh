#!/usr/bin/env bash
# Reference solution: the failing test of the cross-customer cancel on review/cancel-requests (from Tomas's branch),
# then the verdict with the finding and an example in a DM to Tomas.
source "$(dirname "$0")/lib.sh"
clone_review review/cancel-requests
python3 "$HERE/review_test.py" . owner
if python3 -m pytest -q -p no:cacheprovider tests/test_cancel_review.py; then
    echo "expected the review test to fail on Tomas's code" >&2
    exit 1
fi
commit_and_push "Add a failing test: another customer's key must not cancel a request"
dm_tomas "Hi Tomas, I reviewed feature/cancel-requests against the ticket's spec. Requesting changes: any customer can cancel another customer's request. _cancel looks the request up with store.find(job_id), which ignores the caller. Example: Greenway submits request 1 with KEY_A; POST /v1/jobs/1/cancel with Prairie Sky's KEY_B returns 200 with Greenway's request (name, phone) and cancels it, where the spec says 404 {\"error\": \"no such job request\"} and nothing changes. Use store.get(customer, job_id) instead. I pushed a failing test on review/cancel-requests (tests/test_cancel_review.py). The 409s and the docs match the spec."
