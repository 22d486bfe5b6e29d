#!/usr/bin/env bash
# Another correct way: the verdict and the finding in two messages and other words ("can't approve it yet",
# "never checks the customer"); the test appended to Tomas's test module, checking the store directly.
source "$(dirname "$0")/lib.sh"
clone_review review/cancel-requests
cat >> tests/test_cancel.py <<'PY'


def test_cancel_with_another_customers_key_is_a_404(client) -> None:
    from conftest import KEY_B

    job_id = submit(client)
    status, _ = client.request("POST", f"/v1/jobs/{job_id}/cancel", headers={"X-Api-Key": KEY_B})
    assert status == 404
    assert client.app.store.get("cust-greenway", job_id)["status"] == "received"
PY
commit_and_push "review: cancel must be scoped to the caller's requests"
dm_tomas "Tomas, I can't approve the cancel branch yet, sorry."
dm_tomas "With Prairie Sky's key I could cancel Greenway's request #1 (200 and their name and phone in the body, instead of 404): _cancel never checks the customer, store.find() returns anyone's request. The test on review/cancel-requests reproduces it; the rest follows the ticket."
