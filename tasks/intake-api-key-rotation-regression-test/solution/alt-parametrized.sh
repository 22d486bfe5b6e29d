#!/usr/bin/env bash
# Another correct way: the test appended to tests/test_auth.py, parametrised over when the second rotation happens,
# naive datetimes; the branch named in backticks and as origin/... in a two-message reply.
source "$(dirname "$0")/lib.sh"
clone_repo
BRANCH="regression/rotate-twice"
git checkout -q -b "$BRANCH"
cat >> tests/test_auth.py <<PY


@pytest.mark.parametrize("gap_hours", [1, 6, 23])
def test_rotating_again_never_extends_an_expiring_key(gap_hours: int) -> None:
    """#$ISSUE: a second rotation within the grace period must not keep the first key alive longer."""
    start = datetime(2026, 11, 12, 9, 0)
    ring = KeyRing.parse("leaked:cust-a")
    ring.rotate("cust-a", start)
    ring.rotate("cust-a", start + timedelta(hours=gap_hours))
    assert ring.lookup("leaked", start + GRACE_PERIOD - timedelta(minutes=1)) == "cust-a"
    assert ring.lookup("leaked", start + GRACE_PERIOD) is None
PY
python3 -m pytest -q -p no:cacheprovider
git commit -q -am "Test that a second key rotation never extends an expiring key (#$ISSUE)"
git push -q origin "$BRANCH"
tell_aisha "Done! Regression test for the double rotation (#$ISSUE) pushed."
tell_aisha "Branch: \`$BRANCH\` (origin/$BRANCH), test_rotating_again_never_extends_an_expiring_key in tests/test_auth.py, public API only. Fails on Tomas's version, passes on main."
