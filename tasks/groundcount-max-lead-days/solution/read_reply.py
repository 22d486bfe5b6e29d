"""Elena's default cutoff from her reply, in any phrasing, and whether it is inclusive.

Usage: python3 read_reply.py < reply.txt  ->  "60 inclusive" (exits non-zero when the reply gives no cutoff)
"""

import re
import sys

sys.path.insert(0, "/utils")
from grading.reading import clauses, numbers

SETTING = re.compile(r"default|cut-?off|limit", re.IGNORECASE)
OTHER = re.compile(r"raj|suggest|not\b|would keep", re.IGNORECASE)
KEPT = re.compile(r"exactly (\d+)[^.\n]{0,40}\b(kept|stays|counted|included)\b", re.IGNORECASE)


def read(reply: str) -> tuple[int, bool]:
    """The number in the clause that names the default (not Raj's suggestion); inclusive when a job at exactly
    that many days is kept."""
    for clause in clauses(reply):
        if SETTING.search(clause) and not OTHER.search(clause):
            values = [int(n) for n in numbers(clause) if n == int(n) and 1 <= n <= 400]
            if values:
                cutoff = values[0]
                kept = KEPT.search(reply)
                return cutoff, kept is not None and int(kept.group(1)) == cutoff
    raise SystemExit("no default cutoff in the reply")


if __name__ == "__main__":
    days, inclusive = read(sys.stdin.read())
    print(days, "inclusive" if inclusive else "exclusive")
