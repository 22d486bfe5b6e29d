from conftest import KEY_A, KEY_B

BASE = {"customer_name": "Dana Whitaker", "phone": "402-555-0187", "postcode": "68510"}


def submit(client, key: str, trade: str, day: str) -> int:
    status, body = client.request("POST", "/v1/jobs", {**BASE, "trade": trade, "preferred_date": day},
                                  {"X-Api-Key": key})
    assert status == 201
    return body["id"]


def ids(client, query: str, key: str = KEY_A) -> list[int]:
    status, body = client.request("GET", "/v1/jobs" + query, headers={"X-Api-Key": key})
    assert status == 200
    return [job["id"] for job in body["jobs"]]


def test_filter_by_trade(client) -> None:
    first = submit(client, KEY_A, "hvac", "2026-11-30")
    submit(client, KEY_A, "plumbing", "2026-11-25")
    third = submit(client, KEY_A, "hvac", "2026-11-27")
    submit(client, KEY_B, "hvac", "2026-11-26")
    assert ids(client, "?trade=hvac") == [first, third]
    assert ids(client, "?trade=HVAC") == [first, third]
    assert ids(client, "?trade=electrical") == []


def test_sort_by_preferred_date_and_newest_first(client) -> None:
    first = submit(client, KEY_A, "hvac", "2026-11-30")
    second = submit(client, KEY_A, "plumbing", "2026-11-25")
    third = submit(client, KEY_A, "hvac", "2026-11-27")
    assert ids(client, "") == [first, second, third]
    assert ids(client, "?sort=preferred_date") == [second, third, first]
    assert ids(client, "?sort=-preferred_date") == [first, third, second]
    assert ids(client, "?sort=-created") == [third, second, first]


def test_filters_combine(client) -> None:
    submit(client, KEY_A, "plumbing", "2026-11-30")
    second = submit(client, KEY_A, "plumbing", "2026-11-24")
    submit(client, KEY_A, "hvac", "2026-11-23")
    assert ids(client, "?status=received&trade=plumbing&sort=preferred_date") == [second, 1]
    assert ids(client, "?status=completed&trade=plumbing") == []
