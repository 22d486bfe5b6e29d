"""Shared helper (python_default): send the text on stdin as a direct message from the examinee.

Usage: python_default send_dm.py USERNAME < message.txt
"""

import os
import sys

sys.path.insert(0, "/utils")
from grading.clients.chat import login

with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_direct_message(sys.argv[1], sys.stdin.read().strip())
print("sent to", sys.argv[1])
