#!/usr/bin/env bash
# Near miss: the test only checks that the first key is dead a day after the *second* rotation, which Tomas's
# version also satisfies: it does not catch the bug.
source "$(dirname "$0")/lib.sh"
BRANCH="test/key-rotation-twice"
cat > /tmp/test_rotation_twice.py <<'PY'
from datetime import datetime, timedelta, timezone

from intake_api.auth import GRACE_PERIOD, KeyRing

START = datetime(2026, 11, 12, 9, 0, tzinfo=timezone.utc)


def test_first_key_expires_after_rotating_twice() -> None:
    """Regression (#ISSUE)."""
    ring = KeyRing.parse("K1:cust-greenway")
    ring.rotate("cust-greenway", START)
    newest = ring.rotate("cust-greenway", START + timedelta(hours=6))
    assert ring.lookup("K1", START + timedelta(hours=1)) == "cust-greenway"
    assert ring.lookup("K1", START + timedelta(hours=6) + GRACE_PERIOD + timedelta(hours=1)) is None
    assert ring.lookup(newest, START + timedelta(days=3)) == "cust-greenway"
PY
push_test /tmp/test_rotation_twice.py "$BRANCH" "Add regression test for rotating a key twice (#$ISSUE)"
tell_aisha "Hi Aisha, the regression test for #$ISSUE is on branch $BRANCH."
