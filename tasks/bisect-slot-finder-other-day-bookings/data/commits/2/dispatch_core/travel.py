"""Travel time between service zones, used as a buffer around appointments."""

from __future__ import annotations

from collections.abc import Mapping

SAME_ZONE_MINUTES = 15
OTHER_ZONE_MINUTES = 30

# Drive times measured by the dispatch team (October 2026 GPS logs), both directions.
MEASURED_MINUTES: dict[tuple[str, str], int] = {
    ("north", "south"): 45,
    ("central", "airport"): 40,
}


def travel_minutes(
    origin: str, destination: str, overrides: Mapping[tuple[str, str], int] | None = None
) -> int:
    """Minutes to allow for driving from ``origin`` to ``destination`` (symmetric).

    ``overrides`` holds measured times for particular zone pairs (default: ``MEASURED_MINUTES``);
    otherwise the defaults apply.
    """
    table = MEASURED_MINUTES if overrides is None else overrides
    for key in ((origin, destination), (destination, origin)):
        if key in table:
            return table[key]
    return SAME_ZONE_MINUTES if origin == destination else OTHER_ZONE_MINUTES
