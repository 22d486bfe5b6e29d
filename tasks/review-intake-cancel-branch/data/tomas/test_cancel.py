from conftest import KEY_A

REQUEST = {
    "customer_name": "Greenway Plumbing",
    "phone": "402-555-0142",
    "postcode": "68508",
    "trade": "plumbing",
    "preferred_date": "2026-11-30",
}


def submit(client) -> int:
    status, created = client.request("POST", "/v1/jobs", REQUEST, {"X-Api-Key": KEY_A})
    assert status == 201
    return created["id"]


def test_cancel_received_request(client) -> None:
    job_id = submit(client)
    status, job = client.request("POST", f"/v1/jobs/{job_id}/cancel", headers={"X-Api-Key": KEY_A})
    assert status == 200
    assert job["status"] == "cancelled"
    assert client.request("GET", f"/v1/jobs/{job_id}", headers={"X-Api-Key": KEY_A})[1]["status"] == "cancelled"


def test_cancel_twice_is_a_conflict(client) -> None:
    job_id = submit(client)
    client.request("POST", f"/v1/jobs/{job_id}/cancel", headers={"X-Api-Key": KEY_A})
    status, body = client.request("POST", f"/v1/jobs/{job_id}/cancel", headers={"X-Api-Key": KEY_A})
    assert status == 409
    assert body == {"error": "request is cancelled"}


def test_scheduled_request_cannot_be_cancelled(client) -> None:
    job_id = submit(client)
    client.app.store.set_status(job_id, "scheduled")
    status, body = client.request("POST", f"/v1/jobs/{job_id}/cancel", headers={"X-Api-Key": KEY_A})
    assert status == 409
    assert body == {"error": "already scheduled: call the dispatcher"}


def test_cancel_unknown_request(client) -> None:
    status, _ = client.request("POST", "/v1/jobs/99/cancel", headers={"X-Api-Key": KEY_A})
    assert status == 404


def test_cancel_needs_post(client) -> None:
    job_id = submit(client)
    status, _ = client.request("GET", f"/v1/jobs/{job_id}/cancel", headers={"X-Api-Key": KEY_A})
    assert status == 405
