"""API keys: each key belongs to one customer; rotation keeps the old key valid for a grace period."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

GRACE_PERIOD = timedelta(hours=24)


@dataclass
class _Key:
    customer_id: str
    expires_at: datetime | None = None


class KeyRing:
    """The known API keys."""

    def __init__(self) -> None:
        self._keys: dict[str, _Key] = {}

    def add(self, key: str, customer_id: str, expires_at: datetime | None = None) -> None:
        self._keys[key] = _Key(customer_id, expires_at)

    def lookup(self, key: str, now: datetime) -> str | None:
        """The customer owning ``key``, or None if the key is unknown or expired."""
        entry = self._keys.get(key)
        if entry is None or (entry.expires_at is not None and entry.expires_at <= now):
            return None
        return entry.customer_id

    def keys_of(self, customer_id: str) -> list[str]:
        """The customer's keys, in the order they were added (expired ones included)."""
        return [key for key, entry in self._keys.items() if entry.customer_id == customer_id]

    def rotate(self, customer_id: str, now: datetime) -> str:
        """Issue a new key for the customer; its other keys expire after the grace period at the latest
        (a key that already expires sooner keeps its expiry: rotating again never extends a key)."""
        expiry = now + GRACE_PERIOD
        for key in self.keys_of(customer_id):
            entry = self._keys[key]
            entry.expires_at = expiry if entry.expires_at is None else min(entry.expires_at, expiry)
        key = "tgk_" + secrets.token_hex(16)
        self.add(key, customer_id)
        return key

    @classmethod
    def parse(cls, spec: str) -> KeyRing:
        """Keys from ``"key1:customer1,key2:customer2"`` (the INTAKE_API_KEYS variable)."""
        ring = cls()
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, customer = item.partition(":")
            if not sep or not key or not customer:
                raise ValueError(f"bad key entry {item!r}")
            ring.add(key, customer)
        return ring
