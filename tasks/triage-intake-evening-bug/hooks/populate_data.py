"""Setup: Omar posts a partner's bug report in #product. Speaks as Omar through the administrator's login."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.credentials import admin

REPORT = (
    "Bug report from Bright Pixel (the agency that built Greenway Plumbing's booking form): same-day job "
    "requests sent in the evening are rejected by the Intake API. On Wednesday 11-18 at 7:40 pm Central their "
    "form sent preferred_date 2026-11-18 to POST /v1/jobs and got a 400 with "
    "{\"errors\": {\"preferred_date\": \"must be between today and 90 days ahead\"}}. The same request at "
    "10 am works fine. Three of Greenway's customers hit it this week, all after 7 pm. "
    "@kai.morgan could you turn this into a proper bug ticket for engineering and assign it to whoever owns "
    "the Intake API? Thanks!"
)


def main() -> None:
    with login(*admin()) as felix, felix.act_as("omar.haddad") as chat:
        chat.send_message("product", REPORT)
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
