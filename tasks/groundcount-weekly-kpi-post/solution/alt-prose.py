"""Another correct way: a prose post ("week 46", "up ... from", "the week before"), python for the figures."""
import json
import os
import subprocess
import tempfile

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
work = tempfile.mkdtemp()
for week in (45, 46):
    response = requests.get(f"http://tallgrass.test:3923/Data/reports/groundcount_2026-W{week}.csv", auth=AUTH,
                            timeout=30)
    response.raise_for_status()
    with open(f"{work}/W{week}.csv", "wb") as fh:
        fh.write(response.content)


def py(*args: str, stdin: str | None = None) -> str:
    return subprocess.run(["python_default", *args], input=stdin, text=True, capture_output=True,
                          check=True).stdout


reply = py("-m", "grading.clients.chat", "ask", "elena.popescu",
           "Hi Elena, which definition of the slow-booking share should I use for this week's KPI post?")
with open(f"{work}/definition.txt", "w") as fh:
    fh.write(reply)
f = json.loads(py(os.path.join(HERE, "figures.py"), work))
text = (f"Groundcount week 46: {f['jobs46']} jobs, up {f['change']}% from {f['jobs45']} in week 45, across "
        f"{f['groups46']} published groups. The slow-booking share (jobs in groups whose median lead time is at "
        f"least {f['threshold']:g} days, landscaping left out) rose to {f['share46']}% from {f['share45']}% "
        "the week before.")
py("-c", """
import os, sys
sys.path.insert(0, "/utils")
from grading.clients.chat import login
with login(os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]) as chat:
    chat.send_message("data", sys.stdin.read())
""", stdin=text)
