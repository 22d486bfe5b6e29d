"""Elena's definition of the slow-booking share, in any phrasing: the lead-time threshold and the trades
left out. Usage: python3 read_reply.py < reply.txt  ->  {"threshold": 3.0, "excluded": ["landscaping"]}"""

import json
import re
import sys

sys.path.insert(0, "/utils")
from grading.reading import clauses, numbers

TRADES = ("landscaping", "hvac", "plumbing", "electrical")
AT_LEAST = re.compile(r"or more|or longer|or above|and (up|above|over|more)|at least|>=|≥|\+|minimum of|"
                      r"no less than", re.IGNORECASE)
EXCLUDE = re.compile(r"exclud|without|leave .{0,20}out|left out|drop|except|not count|remove|ignore|skip|"
                     r"take .{0,20}out", re.IGNORECASE)


def threshold_of(text: str) -> float:
    """The lead-time threshold: the number in a clause about lead days that says 'or more' / 'at least'."""
    for clause in clauses(text):
        if re.search(r"lead|day", clause, re.IGNORECASE) and AT_LEAST.search(clause):
            values = [n for n in numbers(clause) if 0 < n < 60]
            if values:
                return values[0]
    raise SystemExit(f"no lead-time threshold in: {text}")


def excluded_of(text: str) -> set[str]:
    """Trades named in a clause that excludes something ("landscaping is excluded", "leave landscaping out")."""
    return {t for clause in clauses(text) if EXCLUDE.search(clause) for t in TRADES if t in clause.lower()}


def read(text: str) -> dict:
    if not re.search(r"\bjobs\b", text, re.IGNORECASE):
        raise SystemExit(f"the definition does not say it counts jobs: {text}")
    return {"threshold": threshold_of(text), "excluded": sorted(excluded_of(text))}


if __name__ == "__main__":
    print(json.dumps(read(sys.stdin.read())))
