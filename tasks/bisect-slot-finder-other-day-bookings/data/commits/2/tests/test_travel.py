from dispatch_core.travel import OTHER_ZONE_MINUTES, SAME_ZONE_MINUTES, travel_minutes


def test_default_travel_times() -> None:
    assert travel_minutes("north", "north") == SAME_ZONE_MINUTES
    assert travel_minutes("east", "west") == OTHER_ZONE_MINUTES


def test_measured_times_are_the_default_table() -> None:
    assert travel_minutes("north", "south") == 45
    assert travel_minutes("airport", "central") == 40


def test_overrides_apply_in_both_directions() -> None:
    measured = {("north", "airport"): 45}
    assert travel_minutes("north", "airport", measured) == 45
    assert travel_minutes("airport", "north", measured) == 45
    assert travel_minutes("north", "south", measured) == OTHER_ZONE_MINUTES
