#!/usr/bin/env bash
# Another correct way: Aisha asked in other words; the rules in a new module intake_api/postcodes.py (a set of
# served first letters and a translate table instead of one regex); tests appended to test_validation.py as
# plain functions; the docs as a paragraph with an Ontario example; another branch name; the ticket assigned in
# one edit and the branch named in a second one.
source "$(dirname "$0")/lib.sh"
ask_aisha "Hey Aisha, I'm picking up the Canadian postcode ticket for intake-api. Which format and validation requirements did you and Omar settle on?"
clone_branch kai/ca-postcodes
ticket "Taking this one over from Aisha; rules checked with her." assign
python3 - <<'PY'
from pathlib import Path

Path("intake_api/postcodes.py").write_text('''"""Postcodes we accept: US ZIP codes as given, Canadian postal codes of the provinces we serve."""

from __future__ import annotations

import re

ZIP = re.compile(r"^\\d{5}(-\\d{4})?$")
SERVED_FIRST_LETTERS = set("RSKLMNP")  # Manitoba, Saskatchewan, Ontario
NEVER_USED = set("DFIOQU")
ERROR = "expected a US ZIP code like 68508 or a Canadian postal code like R3C 4T3 (Manitoba, Saskatchewan or Ontario)"


def clean_postcode(raw: str) -> str:
    """The postcode to store; ValueError with ERROR when it is neither kind."""
    text = raw.strip()
    if ZIP.match(text):
        return text
    compact = text.upper().replace(" ", "", 1) if text.count(" ") <= 1 else ""
    shape_ok = (len(compact) == 6 and compact[0::2].isalpha() and compact[1::2].isdigit()
                and compact.isascii())
    if not shape_ok or compact[0] not in SERVED_FIRST_LETTERS or NEVER_USED & set(compact):
        raise ValueError(ERROR)
    return compact[:3] + " " + compact[3:]
''')
validation = Path("intake_api/validation.py")
code = validation.read_text()
code = code.replace("from typing import Any\n", "from typing import Any\n\nfrom .postcodes import clean_postcode\n")
old = '''    postcode = data.get("postcode")
    if isinstance(postcode, str) and _POSTCODE.match(postcode.strip()):
        clean["postcode"] = postcode.strip()
    else:
        errors["postcode"] = "expected a US ZIP code like 68508 or 68508-1234"
'''
assert old in code
validation.write_text(code.replace(old, '''    postcode = data.get("postcode")
    try:
        clean["postcode"] = clean_postcode(postcode if isinstance(postcode, str) else "")
    except ValueError as exc:
        errors["postcode"] = str(exc)
'''))
tests = Path("tests/test_validation.py")
tests.write_text(tests.read_text() + '''

def test_winnipeg_postcode_is_stored_uppercase_with_one_space() -> None:
    from intake_api.postcodes import clean_postcode
    assert clean_postcode("r3c4t3") == "R3C 4T3"
    assert clean_postcode(" S4P 3Y2 ") == "S4P 3Y2"
    assert clean_postcode("68508-1234") == "68508-1234"


def test_unserved_provinces_and_impossible_letters_are_refused() -> None:
    import pytest
    from intake_api.postcodes import clean_postcode
    for raw in ("V6B 1A1", "T2P 1J9", "H2X 1Y4", "R3D 4T3", "K1A 0O1", "R3C  4T3"):
        with pytest.raises(ValueError):
            clean_postcode(raw)
''')
docs = Path("docs/api.md")
text = docs.read_text()
old_row = "| `postcode` | yes | ZIP code, `68508` or `68508-1234` |"
assert old_row in text
text = text.replace(old_row, "| `postcode` | yes | US ZIP code or Canadian postal code (see below) |")
docs.write_text(text + '''
### Postcodes

US ZIP codes (`68508`, `68508-1234`) are stored as sent. Canadian postal codes are accepted for Manitoba,
Saskatchewan and Ontario only, in any case and with or without the space, and stored as uppercase with one
space: `p7b5e1` is stored as `P7B 5E1`.
''')
PY
python3 -m pytest -q -p no:cacheprovider
commit_and_push "Canadian postal codes for Manitoba, Saskatchewan and Ontario (#$ISSUE)"
ticket "Ready for Aisha's review on \`kai/ca-postcodes\`: rules as agreed, tests and docs included."
