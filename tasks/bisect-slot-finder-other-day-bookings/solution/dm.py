"""Chat as the examinee (python_default): ``dm.py read`` prints the DM with Sofia; ``dm.py send TEXT...`` sends
each TEXT to her and prints her replies for 20 s."""
import os
import sys

sys.path.insert(0, "/utils")
from grading.clients.chat import login

SOFIA = "sofia.alvarez"
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    if sys.argv[1] == "read":
        chat.accept_invites()
        for m in chat.direct_messages(SOFIA):
            print(f"{m.sender}: {m.body}")
    else:
        token = chat.sync_token()
        for text in sys.argv[2:]:
            chat.send_direct_message(SOFIA, text)
        messages, _ = chat.wait_for_messages(token, timeout=20)
        for m in messages:
            print(f"{m.sender}: {m.body}")
