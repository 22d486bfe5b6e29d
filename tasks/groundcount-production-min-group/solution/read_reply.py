"""Production's --min-group value from Maya's reply, in any phrasing (her reply may also give staging's).

Usage: python3 read_reply.py < reply.txt  ->  5
"""

import re
import sys

sys.path.insert(0, "/utils")
from grading.reading import clauses, numbers

SETTING = re.compile(r"--min-group|min(imum)?[ _-]?group( size)?|threshold|group size", re.IGNORECASE)
PRODUCTION = re.compile(r"\bprod(uction)?\b|nightly|cron", re.IGNORECASE)
OTHER = re.compile(r"staging|debug|before|used to|old|default of|previous", re.IGNORECASE)


def read(reply: str) -> int:
    """The number next to the setting in the clause that speaks of production (not staging or the past)."""
    best: tuple[int, int] | None = None
    for clause in clauses(reply):
        for match in SETTING.finditer(clause):
            near = clause[match.end():match.end() + 25]
            values = [n for n in numbers(near) if n == int(n) and 1 <= n <= 50]
            if not values:
                continue
            score = 2 * bool(PRODUCTION.search(clause)) - 2 * bool(OTHER.search(clause[:match.end() + 25]))
            if best is None or score > best[0]:
                best = (score, int(values[0]))
    if best is None:  # a short answer that does not name the setting: "it's 5 in production"
        for clause in clauses(reply):
            if PRODUCTION.search(clause) and not OTHER.search(clause):
                values = [n for n in numbers(clause) if n == int(n) and 1 <= n <= 50]
                if values:
                    return int(values[0])
        raise SystemExit("no minimum group size in the reply")
    return best[1]


if __name__ == "__main__":
    print(read(sys.stdin.read()))
