"""Edit a groundcount-etl work tree: Canadian provinces, territories and customer short forms -> codes.

Usage: python3 patch.py REPO_DIR "Man.=MB,Sask.=SK,Ont.=ON" (the short forms Maya listed; "" for none).
"""

from __future__ import annotations

import sys
from pathlib import Path

repo = Path(sys.argv[1])
short_forms = dict(item.split("=") for item in sys.argv[2].split(",") if item)


def edit(path: str, old: str, new: str) -> None:
    file = repo / path
    text = file.read_text()
    assert old in text, f"{path}: {old!r} not found"
    file.write_text(text.replace(old, new, 1))


aliases = "\n".join(f'    "{k.rstrip(".").lower()}": "{v}",  # {k}' for k, v in short_forms.items())
edit("groundcount/clean.py", 'US_CODES = set(US_STATES.values())\n', f'''US_CODES = set(US_STATES.values())
CA_PROVINCES = {{
    "alberta": "AB",
    "british columbia": "BC",
    "manitoba": "MB",
    "new brunswick": "NB",
    "newfoundland and labrador": "NL",
    "nova scotia": "NS",
    "northwest territories": "NT",
    "nunavut": "NU",
    "ontario": "ON",
    "prince edward island": "PE",
    "quebec": "QC",
    "saskatchewan": "SK",
    "yukon": "YT",
}}
CA_CODES = set(CA_PROVINCES.values())
# short forms our Canadian customers type into the region field (dots are removed before lookup)
CA_SHORT_FORMS = {{
{aliases}
}}
REGION_CODES = US_CODES | CA_CODES
REGION_NAMES = {{**US_STATES, **CA_PROVINCES, **CA_SHORT_FORMS}}
''')
OLD_DOC = (
    '    """US postal code from a code or state name (``"ne"``, ``"N.E."``, ``"Nebraska"`` -> ``"NE"``),\n'
    '    or None if it is not a US state."""\n'
)
NEW_DOC = (
    '    """Two-letter postal code of a US state or Canadian province/territory from a code, a name or\n'
    '    a known short form (``"ne"``, ``"N.E."``, ``"Nebraska"`` -> ``"NE"``; ``"Manitoba"``, ``"Man."``\n'
    '    -> ``"MB"``), or None if it is neither."""\n'
)
edit("groundcount/clean.py", OLD_DOC, NEW_DOC)
edit("groundcount/clean.py", "    if cleaned.upper() in US_CODES:\n        return cleaned.upper()\n"
     "    return US_STATES.get(cleaned.lower())",
     "    if cleaned.upper() in REGION_CODES:\n        return cleaned.upper()\n"
     "    return REGION_NAMES.get(cleaned.lower())")

edit("tests/test_clean.py", '''    assert normalise_region("ON") is None  # Canadian provinces are not supported yet
''', '''    assert normalise_region("ON") == "ON"
''')
edit("tests/test_clean.py", '''    assert len(result.records) == 7
''', '''    assert len(result.records) == 8
''')
edit("tests/test_clean.py", '''        "unknown trade": 1,
        "unknown region": 1,
    }''', '''        "unknown trade": 1,
    }''')
(repo / "tests/test_clean.py").write_text((repo / "tests/test_clean.py").read_text() + f'''

def test_canadian_provinces_and_territories() -> None:
    assert normalise_region("Manitoba") == "MB"
    assert normalise_region("mb") == "MB"
    assert normalise_region(" saskatchewan ") == "SK"
    assert normalise_region("Ontario") == "ON"
    assert normalise_region("Newfoundland  and Labrador") == "NL"
    assert normalise_region("YUKON") == "YT"
    for code in ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"):
        assert normalise_region(code.lower()) == code
    assert normalise_region("Nebraska") == "NE"  # US unchanged


def test_customer_short_forms() -> None:
{chr(10).join(f'    assert normalise_region("{k}") == "{v}"' for k, v in short_forms.items()) or "    pass"}


def test_canadian_jobs_are_kept() -> None:
    rows = [
        {{"job_id": f"c-{{i}}", "created_at": "2026-11-16", "scheduled_for": "2026-11-18", "region": region,
         "trade": "hvac", "status": "scheduled"}}
        for i, region in enumerate(["Manitoba", "MB"])
    ]
    result = clean_rows(rows)
    assert [r.region for r in result.records] == ["MB", "MB"]
    assert not result.rejected
''')
edit("tests/test_cli.py", 'assert summary.startswith("read 17 rows, kept 7, published 2 groups")',
     'assert summary.startswith("read 17 rows, kept 8, published 2 groups")  # Ontario is kept now')
edit("tests/test_cli.py", '    assert "rejected 1: unknown region" in summary  # Ontario',
     '    assert "unknown region" not in summary')
edit("README.md", "drop unusable rows\n   (counted by reason).",
     "drop unusable rows\n   (counted by reason). Regions: US states and Canadian provinces and\n"
     "   territories (two-letter codes).")
print("patched", repo)
