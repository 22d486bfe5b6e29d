"""Checks that Aisha's rules say what apply.py implements, in any phrasing; exits 1 naming what is missing.

Usage: python3 read_reply.py < reply.txt
"""

import re
import sys

sys.path.insert(0, "/utils")
from grading.reading import has_value

ERROR = ("expected a US ZIP code like 68508 or a Canadian postal code like R3C 4T3 (Manitoba, Saskatchewan or "
         "Ontario)")


def missing(rules: str) -> list[str]:
    """What apply.py relies on that the rules do not state (empty: they agree)."""
    gaps = [v for v in ("Manitoba", "Saskatchewan", "Ontario", "68508-1234", ERROR) if not has_value(rules, v)]
    if not re.search(r"R3C ?4T3", rules, re.IGNORECASE):
        gaps.append("the normalised example R3C 4T3")
    letters = {m.group(1) for m in re.finditer(r"(?<![\w'])([DFIOQU])(?![\w'])", rules)}
    gaps += [f"letter {x}" for x in "DFQU" if x not in letters]
    return gaps


if __name__ == "__main__":
    gaps = missing(sys.stdin.read())
    if gaps:
        sys.exit("Aisha's answer lacks: " + "; ".join(gaps))
    print("the rules match the implementation")
