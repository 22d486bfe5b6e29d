"""The customer's local date, from the time zone of their ZIP code.

A same-day request sent at 7 pm Central is 01:00 UTC the next day: validating against the UTC date rejected it
(fieldday ticket "Intake API rejects same-day requests sent in the evening").
"""

from __future__ import annotations

from datetime import date, datetime

import pytz

CENTRAL = pytz.timezone("America/Chicago")
MOUNTAIN = pytz.timezone("America/Denver")
# First three ZIP digits of our markets that are on Mountain time: western Nebraska, Colorado, Wyoming, Montana.
MOUNTAIN_PREFIXES = frozenset({"690", "691", "692", "693"} | {str(n) for n in range(800, 832)}
                              | {str(n) for n in range(590, 600)})


def zone_for(postcode: str) -> pytz.BaseTzInfo:
    """The time zone of a US ZIP code (Central unless it is one of our Mountain-time prefixes)."""
    return MOUNTAIN if postcode.strip()[:3] in MOUNTAIN_PREFIXES else CENTRAL


def local_today(now: datetime, postcode: str) -> date:
    """The customer's calendar date at the aware instant ``now``."""
    return zone_for(postcode).normalize(now.astimezone(zone_for(postcode))).date()


def local_time(day: date, hour: int, minute: int, postcode: str) -> datetime:
    """An aware local wall-clock time on ``day`` in the customer's time zone (for cut-offs and reminders)."""
    return zone_for(postcode).localize(datetime(day.year, day.month, day.day, hour, minute))
