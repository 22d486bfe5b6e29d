"""Delivery of job status events to partners' webhooks, with retries.

A customer registers a webhook URL and a secret; every status change of one of its job requests becomes an
event that is POSTed there as JSON, signed with ``X-Tallgrass-Signature`` (HMAC-SHA256 of the body with the
secret, hex). Retries (fieldday ticket "Retry failed webhook deliveries with exponential backoff"): a failed
delivery (a timeout or a 5xx answer) is tried again after 1, 5, 30 and 120 minutes; after that the delivery
gives up and the webhook is marked failing. 4xx answers are not retried.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(minutes=120))
SIGNATURE_HEADER = "X-Tallgrass-Signature"

# send(url, body, headers) -> HTTP status code; raises TimeoutError when the partner does not answer in time
Sender = Callable[[str, bytes, dict[str, str]], int]
Clock = Callable[[], datetime]


@dataclass
class Attempt:
    at: datetime
    status: int | None  # None when the request timed out
    error: str | None = None


@dataclass
class Delivery:
    """One event on its way to one webhook."""

    event_id: str
    url: str
    attempts: list[Attempt] = field(default_factory=list)
    next_attempt_at: datetime | None = None
    state: str = "pending"  # pending -> delivered | failed


def sign(secret: str, body: bytes) -> str:
    """The signature partners check: HMAC-SHA256 of the raw body with the webhook secret, hex-encoded."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookDispatcher:
    """Makes delivery attempts and schedules the retries of failed ones."""

    def __init__(self, send: Sender, clock: Clock) -> None:
        self.send = send
        self.clock = clock
        self.failing: set[str] = set()  # webhook URLs marked failing

    def deliver(self, delivery: Delivery, body: bytes, secret: str) -> Delivery:
        """Make one attempt now; then the delivery is delivered, failed, or has its next attempt scheduled."""
        now = self.clock()
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body)}
        try:
            status = self.send(delivery.url, body, headers)
        except TimeoutError:
            delivery.attempts.append(Attempt(now, None, "timeout"))
            return self._give_up(delivery)
        delivery.attempts.append(Attempt(now, status))
        if 200 <= status < 300:
            delivery.state = "delivered"
            delivery.next_attempt_at = None
            return delivery
        retries_done = len(delivery.attempts) - 1
        if retries_done >= len(RETRY_DELAYS) - 1:
            return self._give_up(delivery)
        delivery.next_attempt_at = now + RETRY_DELAYS[retries_done]
        return delivery

    def due(self, deliveries: list[Delivery]) -> list[Delivery]:
        """Pending deliveries whose next attempt is due now."""
        now = self.clock()
        return [d for d in deliveries if d.state == "pending" and d.next_attempt_at is not None
                and d.next_attempt_at <= now]

    def _give_up(self, delivery: Delivery) -> Delivery:
        delivery.state = "failed"
        delivery.next_attempt_at = None
        self.failing.add(delivery.url)
        return delivery
