from datetime import datetime, timedelta, timezone

from intake_api.auth import GRACE_PERIOD, KeyRing

DAY1_0900 = datetime(2026, 11, 12, 9, 0, tzinfo=timezone.utc)
DAY1_1500 = datetime(2026, 11, 12, 15, 0, tzinfo=timezone.utc)


def test_second_rotation_does_not_extend_the_first_key() -> None:
    """Regression (#ISSUE): rotating again within the grace period kept the first key alive until 24 hours
    after the second rotation."""
    ring = KeyRing.parse("K1:cust-greenway")
    first = ring.rotate("cust-greenway", DAY1_0900)
    second = ring.rotate("cust-greenway", DAY1_1500)
    expiry = DAY1_0900 + GRACE_PERIOD
    assert ring.lookup("K1", expiry - timedelta(seconds=1)) == "cust-greenway"
    assert ring.lookup("K1", expiry) is None
    assert ring.lookup("K1", DAY1_0900 + timedelta(hours=25)) is None
    # the key replaced by the second rotation gets its own grace period; the newest key stays valid
    assert ring.lookup(first, DAY1_1500 + GRACE_PERIOD - timedelta(seconds=1)) == "cust-greenway"
    assert ring.lookup(first, DAY1_1500 + GRACE_PERIOD) is None
    assert ring.lookup(second, DAY1_1500 + timedelta(days=30)) == "cust-greenway"
    assert ring.keys_of("cust-greenway") == ["K1", first, second]
