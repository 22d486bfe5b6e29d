#!/usr/bin/env bash
# Half done: the verdict with the finding sent to Tomas, but no failing test pushed.
source "$(dirname "$0")/lib.sh"
dm_tomas "Hi Tomas, review of feature/cancel-requests: requesting changes. Any customer can cancel another customer's request, because _cancel uses store.find(job_id) instead of store.get(customer, job_id). With KEY_B, POST /v1/jobs/1/cancel cancels KEY_A's request 1 (200) instead of a 404."
