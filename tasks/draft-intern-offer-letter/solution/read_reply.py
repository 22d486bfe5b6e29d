"""Elena's pick and the internship terms from her reply, in any phrasing.

Usage: python3 read_reply.py FINALISTS.CSV < reply.txt
  ->  {"name": ..., "rate": "23.50", "hours": "16", "start": "2027-01-19", "end": "2027-05-07"}
"""

import csv
import json
import re
import sys
from datetime import date

sys.path.insert(0, "/utils")
from grading.reading import dates, money, numbers

LETTER_DATE = date(2026, 11, 20)
CHOICE = re.compile(r"chose|choos|pick|going with|go with|went with|select|decided|offer", re.IGNORECASE)


def read(reply: str, finalists: list[str]) -> dict:
    def mentions(name: str) -> list[int]:
        pattern = rf"\b({re.escape(name)}|{re.escape(name.split()[0])})\b"
        return [m.start() for m in re.finditer(pattern, reply)]

    # the finalist named closest after a word of choice ("going with Lucia", "My pick is Lucia"), else before one
    choices = [m.end() for m in CHOICE.finditer(reply)]

    def distance(name: str) -> int:
        return min((at - c if at >= c else 1000 + c - at for c in choices for at in mentions(name)), default=10**6)

    named = [n for n in finalists if mentions(n)]
    chosen = min(named, key=lambda n: (distance(n), min(mentions(n))))
    rate = next(a for a in money(reply) if a < 100)
    hours = next(int(n) for m in re.finditer(r"([\w.]+)[- ]h(?:ou)?rs?\b", reply, re.IGNORECASE)
                 for n in numbers(m.group(1)) if 1 <= n <= 40)
    window = [d for d in dates(reply, after=LETTER_DATE) if LETTER_DATE < d <= date(2027, 12, 31)]

    def after_word(pattern: str) -> date | None:
        for m in re.finditer(pattern, reply, re.IGNORECASE):
            found = dates(reply[m.end():m.end() + 60], after=LETTER_DATE)
            if found:
                return found[0]
        return None

    start = after_word(r"\bstart\w*|\bbegin\w*") or min(window)
    end = after_word(r"\bend\w*|\buntil\b|\bthrough\b|\bfinish\w*|last day") or max(window)
    return {"name": chosen, "rate": f"{rate:.2f}", "hours": str(hours), "start": start.isoformat(),
            "end": end.isoformat()}


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        names = [row["name"] for row in csv.DictReader(fh)]
    print(json.dumps(read(sys.stdin.read(), names)))
