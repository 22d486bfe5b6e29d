from datetime import datetime, timezone

from conftest import KEY_A, KEY_B, Client

from intake_api.app import IntakeApp
from intake_api.store import JobStore

REQUEST = {
    "customer_name": "Dana Whitaker",
    "phone": "402-555-0187",
    "postcode": "68510",
    "trade": "hvac",
    "preferred_date": "2026-11-30",
}


def test_submit_and_fetch(client) -> None:
    status, created = client.request("POST", "/v1/jobs", REQUEST, {"X-Api-Key": KEY_A})
    assert status == 201
    assert created["id"] == 1
    assert created["status"] == "received"
    assert created["customer_name"] == "Dana Whitaker"
    assert client.request("GET", "/v1/jobs/1", headers={"X-Api-Key": KEY_A}) == (200, created)


def test_customers_are_isolated(client) -> None:
    client.request("POST", "/v1/jobs", REQUEST, {"X-Api-Key": KEY_A})
    assert client.request("GET", "/v1/jobs/1", headers={"X-Api-Key": KEY_B})[0] == 404
    assert client.request("GET", "/v1/jobs", headers={"X-Api-Key": KEY_B}) == (200, {"jobs": []})


def test_validation_errors_are_returned(client) -> None:
    status, body = client.request("POST", "/v1/jobs", {**REQUEST, "trade": "roofing"}, {"X-Api-Key": KEY_A})
    assert status == 400
    assert set(body["errors"]) == {"trade"}


def test_invalid_json(client) -> None:
    status, body = client.request("POST", "/v1/jobs", b"{not json", {"X-Api-Key": KEY_A})
    assert (status, body) == (400, {"error": "body is not valid JSON"})


def test_list_with_status_filter(client) -> None:
    for _ in range(2):
        client.request("POST", "/v1/jobs", REQUEST, {"X-Api-Key": KEY_A})
    status, body = client.request("GET", "/v1/jobs?status=received", headers={"X-Api-Key": KEY_A})
    assert status == 200
    assert [job["id"] for job in body["jobs"]] == [1, 2]
    assert client.request("GET", "/v1/jobs?status=completed", headers={"X-Api-Key": KEY_A}) == (200, {"jobs": []})


def test_wrong_method(client) -> None:
    assert client.request("DELETE", "/v1/jobs/1", headers={"X-Api-Key": KEY_A})[0] == 405


def test_same_day_request_in_the_evening_is_accepted(keys) -> None:
    evening = datetime(2026, 11, 19, 1, 40, tzinfo=timezone.utc)  # 7:40 pm Central on 2026-11-18
    client = Client(IntakeApp(JobStore(), keys, clock=lambda: evening))
    status, body = client.request("POST", "/v1/jobs", {**REQUEST, "preferred_date": "2026-11-18"}, {"X-Api-Key": KEY_A})
    assert status == 201, body
