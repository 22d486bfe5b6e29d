"""Hannah's rule from her reply, in any phrasing: "labour-callout" when the surcharge goes on labour and the
call-out fee and materials are excluded, else "other".

Usage: python_default read_reply.py < reply.txt
"""

import sys

sys.path.insert(0, "/utils")
from grading.answers import says, sentence_with

reply = sys.stdin.read()
on_labour_and_callout = sentence_with(reply, ("labour", "labor"), ("call-out", "callout", "call out")) is not None
materials_out = says(reply, "materials", "parts", negated=True)
print("labour-callout" if on_labour_and_callout and materials_out else "other")
