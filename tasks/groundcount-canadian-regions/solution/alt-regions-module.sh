#!/usr/bin/env bash
# Another correct way: Maya asked in other words, the Canadian lookup in a new module groundcount/regions.py
# (normalised by stripping dots and spaces, short forms matched without their dot), parametrised tests in a new
# tests/test_regions.py, the old tests updated in a second commit, and a one-line comment with the branch in
# backticks.
source "$(dirname "$0")/lib.sh"
ask_maya "Hey Maya, Elena handed me your provinces ticket. What region values do the Canadian customers write in their exports?"
clone_branch
python3 - "$SHORT" <<'PY'
import sys
from pathlib import Path

short = {k.rstrip(".").lower(): v for k, v in (item.split("=") for item in sys.argv[1].split(","))}
Path("groundcount/regions.py").write_text(f'''"""Canadian provinces and territories: code, English name or a customer short form -> code."""

from __future__ import annotations

PROVINCES = {{
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
    "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
}}
BY_NAME = {{name.lower(): code for code, name in PROVINCES.items()}}
SHORT_FORMS = {short!r}  # what our Canadian customers type, without the dot


def canadian_code(text: str | None) -> str | None:
    """The province's code, or None when ``text`` names no Canadian province or territory."""
    key = " ".join((text or "").replace(".", "").split()).lower()
    if key.upper() in PROVINCES:
        return key.upper()
    return BY_NAME.get(key) or SHORT_FORMS.get(key)
''')
clean = Path("groundcount/clean.py")
text = clean.read_text()
text = text.replace("from .records import JobRecord\n", "from .records import JobRecord\nfrom .regions import canadian_code\n")
old = "    return US_STATES.get(cleaned.lower())\n"
assert old in text
text = text.replace(old, "    return US_STATES.get(cleaned.lower()) or canadian_code(text)\n")
clean.write_text(text)
Path("tests/test_regions.py").write_text('''import pytest

from groundcount.clean import normalise_region
from groundcount.regions import canadian_code


@pytest.mark.parametrize("raw, code", [
    ("Manitoba", "MB"), ("mb", "MB"), ("Man.", "MB"), ("Sask.", "SK"), ("SASKATCHEWAN", "SK"),
    ("Ont.", "ON"), ("on", "ON"), ("Prince  Edward Island", "PE"), ("yt", "YT"), ("Quebec", "QC"),
])
def test_canadian_regions(raw: str, code: str) -> None:
    assert normalise_region(raw) == code


@pytest.mark.parametrize("raw, code", [("Nebraska", "NE"), ("N.E.", "NE"), ("Nebr.", None), ("Atlantis", None)])
def test_us_and_unknown_regions_unchanged(raw: str, code: str | None) -> None:
    assert normalise_region(raw) == code


def test_canadian_code_alone() -> None:
    assert canadian_code("Nunavut") == "NU"
    assert canadian_code("Nebraska") is None
''')
PY
git add groundcount/regions.py groundcount/clean.py tests/test_regions.py
git commit -q -m "Add Canadian provinces and territories to region normalisation"
python3 - <<'PY'
from pathlib import Path
edits = {
    "tests/test_clean.py": [('    assert normalise_region("ON") is None  # Canadian provinces are not supported yet\n',
                             '    assert normalise_region("ON") == "ON"\n'),
                            ("    assert len(result.records) == 7\n", "    assert len(result.records) == 8\n"),
                            ('        "unknown trade": 1,\n        "unknown region": 1,\n', '        "unknown trade": 1,\n')],
    "tests/test_cli.py": [('assert summary.startswith("read 17 rows, kept 7, published 2 groups")',
                           'assert summary.startswith("read 17 rows, kept 8, published 2 groups")'),
                          ('    assert "rejected 1: unknown region" in summary  # Ontario',
                           '    assert "unknown region" not in summary')],
}
for name, pairs in edits.items():
    path = Path(name)
    text = path.read_text()
    for old, new in pairs:
        assert old in text, (name, old)
        text = text.replace(old, new)
    path.write_text(text)
PY
python3 -m pytest -q
commit_and_push "Update tests: Ontario rows are kept now"
comment "Ready for review: \`feature/canadian-regions\`."
