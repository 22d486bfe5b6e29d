from datetime import datetime, timedelta, timezone

from intake_api.webhooks import SIGNATURE_HEADER, Delivery, WebhookDispatcher, sign

START = datetime(2026, 11, 19, 14, 0, tzinfo=timezone.utc)
URL = "https://hooks.brightpixel.test/fieldday"


class FakePartner:
    """Answers with the given status codes in turn and records what it received."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.received: list[tuple[str, bytes, dict[str, str]]] = []

    def __call__(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        self.received.append((url, body, headers))
        return self.statuses.pop(0)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def test_delivered_on_first_try() -> None:
    partner = FakePartner(200)
    delivery = WebhookDispatcher(partner, Clock()).deliver(Delivery("ev-1", URL), b'{"status": "scheduled"}', "s3cret")
    assert delivery.state == "delivered"
    assert delivery.next_attempt_at is None
    assert [a.status for a in delivery.attempts] == [200]


def test_signature_header() -> None:
    partner = FakePartner(204)
    body = b'{"job_id": 7, "status": "completed"}'
    WebhookDispatcher(partner, Clock()).deliver(Delivery("ev-2", URL), body, "s3cret")
    headers = partner.received[0][2]
    assert headers[SIGNATURE_HEADER] == sign("s3cret", body)
    assert len(headers[SIGNATURE_HEADER]) == 64


def test_server_error_is_retried_after_a_minute() -> None:
    clock = Clock()
    delivery = WebhookDispatcher(FakePartner(503), clock).deliver(Delivery("ev-3", URL), b"{}", "s3cret")
    assert delivery.state == "pending"
    assert delivery.next_attempt_at == START + timedelta(minutes=1)


def test_retry_schedule_then_give_up() -> None:
    clock = Clock()
    dispatcher = WebhookDispatcher(FakePartner(500, 502, 503, 500, 500), clock)
    delivery = Delivery("ev-4", URL)
    delays = []
    while True:
        dispatcher.deliver(delivery, b"{}", "s3cret")
        if delivery.next_attempt_at is None:
            break
        delays.append(delivery.next_attempt_at - clock.now)
        clock.now = delivery.next_attempt_at
    assert delays == [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30)]
    assert delivery.state == "failed"
    assert dispatcher.failing == {URL}


def test_due_deliveries() -> None:
    clock = Clock()
    dispatcher = WebhookDispatcher(FakePartner(500), clock)
    delivery = dispatcher.deliver(Delivery("ev-5", URL), b"{}", "s3cret")
    assert dispatcher.due([delivery]) == []
    clock.now += timedelta(minutes=1)
    assert dispatcher.due([delivery]) == [delivery]
