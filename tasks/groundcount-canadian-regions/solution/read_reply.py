"""The short forms Maya lists (e.g. "Man." for Manitoba), in any phrasing.

Usage: python3 read_reply.py < reply.txt  ->  Man.=MB,Sask.=SK,Ont.=ON
"""

import re
import sys

PROVINCES = {"alberta": "AB", "british columbia": "BC", "manitoba": "MB", "new brunswick": "NB",
             "newfoundland and labrador": "NL", "nova scotia": "NS", "northwest territories": "NT", "nunavut": "NU",
             "ontario": "ON", "prince edward island": "PE", "quebec": "QC", "saskatchewan": "SK", "yukon": "YT"}


def read(reply: str) -> dict[str, str]:
    """Abbreviations with a dot ("Sask.") that start a province's name but are not the whole name."""
    found: dict[str, str] = {}
    for match in re.finditer(r"(?<![\w.])([A-Z][a-z]{2,5})\.", reply):
        stem = match.group(1).lower()
        for name, code in PROVINCES.items():
            if name.startswith(stem) and name != stem:
                found.setdefault(f"{match.group(1)}.", code)
    return found


if __name__ == "__main__":
    forms = read(sys.stdin.read())
    if not forms:
        sys.exit("no short forms in the reply")
    print(",".join(f"{k}={v}" for k, v in forms.items()))
