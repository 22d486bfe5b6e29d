"""WSGI application of the intake API.

Routes (all JSON; ``/v1`` needs an ``X-Api-Key`` header):

- ``GET /healthz``
- ``POST /v1/jobs``: submit a job request -> 201 with the stored request, 400 with ``errors``
- ``GET /v1/jobs[?status=...&trade=...&sort=...]``: the customer's requests
- ``GET /v1/jobs/<id>``: one request
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs

from .auth import KeyRing
from .store import JobStore
from .validation import ValidationError, validate_job_request

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
Clock = Callable[[], datetime]
MAX_BODY = 16 * 1024
_JOB_PATH = re.compile(r"^/v1/jobs/(\d+)$")


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class IntakeApp:
    """Routes requests to the store; every response is JSON."""

    def __init__(self, store: JobStore, keys: KeyRing, clock: Clock = _utc_now) -> None:
        self.store = store
        self.keys = keys
        self.clock = clock

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, body = self._route(environ)
        except Exception:  # noqa: BLE001 - never leak a traceback to customers
            status, body = "500 Internal Server Error", {"error": "internal error"}
        payload = json.dumps(body).encode()
        start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))])
        return [payload]

    def _route(self, environ: dict[str, Any]) -> tuple[str, Any]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/")
        if path == "/healthz":
            return ("200 OK", {"status": "ok"}) if method == "GET" else _not_allowed()
        if not path.startswith("/v1/"):
            return "404 Not Found", {"error": "not found"}
        now = self.clock()
        customer = self.keys.lookup(environ.get("HTTP_X_API_KEY", ""), now)
        if customer is None:
            return "401 Unauthorized", {"error": "missing or invalid API key"}
        if path == "/v1/jobs":
            if method == "POST":
                return self._create(environ, customer, now)
            if method == "GET":
                query = parse_qs(environ.get("QUERY_STRING", ""))
                status = query.get("status", [None])[0]
                trade = query.get("trade", [None])[0]
                sort = query.get("sort", ["created"])[0]
                return "200 OK", {"jobs": self.store.list(customer, status, trade, sort)}
            return _not_allowed()
        match = _JOB_PATH.match(path)
        if match:
            if method != "GET":
                return _not_allowed()
            job = self.store.get(customer, int(match.group(1)))
            return ("200 OK", job) if job else ("404 Not Found", {"error": "no such job request"})
        return "404 Not Found", {"error": "not found"}

    def _create(self, environ: dict[str, Any], customer: str, now: datetime) -> tuple[str, Any]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > MAX_BODY:
            return "413 Payload Too Large", {"error": f"body larger than {MAX_BODY} bytes"}
        try:
            data = json.loads(environ["wsgi.input"].read(length) or b"null")
        except ValueError:
            return "400 Bad Request", {"error": "body is not valid JSON"}
        try:
            request = validate_job_request(data, now.date())
        except ValidationError as exc:
            return "400 Bad Request", {"errors": exc.errors}
        return "201 Created", self.store.add(customer, request, now)


def _not_allowed() -> tuple[str, Any]:
    return "405 Method Not Allowed", {"error": "method not allowed"}
