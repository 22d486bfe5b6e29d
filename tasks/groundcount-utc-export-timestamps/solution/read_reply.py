"""Which date rule Maya's reply gives, in any phrasing. Usage: python3 read_reply.py < reply.txt -> central | utc"""

import re
import sys

CENTRAL = re.compile(r"america/chicago|\bcentral\b|\bCST\b|\bCDT\b", re.IGNORECASE)


def read(reply: str) -> str:
    return "central" if CENTRAL.search(reply) else "utc"


if __name__ == "__main__":
    print(read(sys.stdin.read()))
