"""Setup: Omar's bug ticket about null notes in the fieldday tracker (filed as Omar through the administrator).

The intake-api repository itself is the company's seed (head of main: "Store phone numbers in E.164 form").
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, "/utils")

from grading.clients.tracker import TrackerClient
from grading.credentials import admin

SUBJECT = "Intake API: job requests with null notes are rejected"
DESCRIPTION = """\
Reported by Prairie Sky HVAC's web agency on Thursday 2026-11-19. Their new booking form sends every
field of a job request, with `null` for the optional ones the customer leaves empty. Every request
without a note is refused, so they cannot go live on Monday.

**Steps to reproduce**

```sh
curl -s -X POST -H "X-Api-Key: $KEY" -H "Content-Type: application/json" \\
  -d '{"customer_name": "Prairie Sky HVAC", "phone": "306-555-0148", "postcode": "68516",
       "trade": "hvac", "preferred_date": "2026-11-30", "notes": null}' \\
  https://intake.fieldday.tallgrass.test/v1/jobs
```

**Expected:** `201 Created`, stored like a request that leaves `notes` out (no notes).

**Actual:** `400 {"errors": {"notes": "text of at most 500 characters"}}`

**What the fix must keep** (agreed with Aisha): `"notes": null` means "no notes", exactly as if the field
were missing. Anything else that is not text (a number, `true`/`false`, a list, an object) must still be
rejected with an error on `notes`, and the 500-character limit stays as it is. Other fields are not
affected.
"""


def main() -> None:
    tracker = TrackerClient(*admin(), act_as="omar.haddad")
    if tracker.find_issue("fieldday", SUBJECT) is None:
        tracker.create_issue("fieldday", SUBJECT, DESCRIPTION, tracker="Bug", status="New", priority="High",
                             version="4.13", start_date=date(2026, 11, 20))
    Path(__file__).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
