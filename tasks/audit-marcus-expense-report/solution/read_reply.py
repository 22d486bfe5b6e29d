"""What Marcus's reply says about his missing-receipt declarations, in any phrasing.

Usage: python3 read_reply.py < reply.txt  ->  {"declarations_used_up": true}
"""

import json
import re
import sys

sys.path.insert(0, "/utils")
from grading.reading import has_value

USED_UP = re.compile(r"(both|two|2)\b[^.]{0,40}declarations?\b[^.]{0,30}\b(used|gone|spent)|already used|"
                     r"used (both|up)|no (more )?declarations? left|none left", re.IGNORECASE)


def read(reply: str) -> dict:
    # he names the two earlier uses (March, August), or says in other words that both are used up
    named = has_value(reply, "March") and has_value(reply, "August")
    return {"declarations_used_up": bool(named or USED_UP.search(reply))}


if __name__ == "__main__":
    print(json.dumps(read(sys.stdin.read())))
