#!/usr/bin/env bash
# Near miss: the test catches the bug but reads KeyRing._keys, which Aisha asked to avoid: it breaks with the
# storage rewrite.
source "$(dirname "$0")/lib.sh"
BRANCH="test/key-rotation-twice"
cat > /tmp/test_rotation_twice.py <<'PY'
from datetime import datetime, timedelta, timezone

from intake_api.auth import GRACE_PERIOD, KeyRing

START = datetime(2026, 11, 12, 9, 0, tzinfo=timezone.utc)


def test_second_rotation_keeps_the_first_expiry() -> None:
    """Regression (#ISSUE)."""
    ring = KeyRing.parse("K1:cust-greenway")
    ring.rotate("cust-greenway", START)
    ring.rotate("cust-greenway", START + timedelta(hours=6))
    assert ring._keys["K1"].expires_at == START + GRACE_PERIOD
PY
push_test /tmp/test_rotation_twice.py "$BRANCH" "Add regression test for rotating a key twice (#$ISSUE)"
tell_aisha "Hi Aisha, the regression test for #$ISSUE is on branch $BRANCH."
