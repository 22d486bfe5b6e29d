"""Shared by the solutions: answer in the FieldDay "Release planning" forum as a person does in the browser.

    python3 forum.py reply|topic MESSAGE_FILE

Signs in through the tracker's login form as the examinee, opens the forum pages, and submits the reply form
of Felix's topic (`reply`) or the new-topic form of the board (`topic`) with the page's authenticity_token.
Forum messages cannot be posted through Redmine 5.0's REST API. In MESSAGE_FILE, `{decision}` and `{old_plan}`
become the numbers of the decision ticket and of Marcus's old upgrade ticket, looked up through the REST API
(which the examinee may read).
"""

from __future__ import annotations

import html
import os
import re
import sys

import requests

BASE = f"http://{os.environ.get('SERVER_HOSTNAME', 'tallgrass.test')}:3000"
USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


def ticket(project: str, words: str) -> int:
    found = requests.get(f"{BASE}/issues.json", auth=(USER, PASSWORD), timeout=30,
                         params={"project_id": project, "status_id": "*", "subject": f"~{words}"}).json()["issues"]
    return int(found[0]["id"])


def signed_in() -> requests.Session:
    web = requests.Session()
    token = html.unescape(TOKEN.search(web.get(f"{BASE}/login", timeout=30).text).group(1))
    web.post(f"{BASE}/login", data={"authenticity_token": token, "username": USER, "password": PASSWORD},
             timeout=30).raise_for_status()
    return web


def main() -> None:
    kind, path = sys.argv[1], sys.argv[2]
    text = open(path, encoding="utf-8").read()
    text = text.replace("{decision}", str(ticket("fieldday", "production deploy window")))
    text = text.replace("{old_plan}", str(ticket("it-ops", "production PostgreSQL")))
    web = signed_in()
    boards = web.get(f"{BASE}/projects/fieldday/boards", timeout=30).text
    board = re.search(r'href="/projects/fieldday/boards/(\d+)">Release planning<', boards).group(1)
    listing = web.get(f"{BASE}/projects/fieldday/boards/{board}", timeout=30).text
    topic = re.search(r'href="/boards/\d+/topics/(\d+)">4\.13 deploy night', listing).group(1)
    page = web.get(f"{BASE}/boards/{board}/topics/{topic}", timeout=30).text
    if kind == "reply":
        action = f"/boards/{board}/topics/{topic}/replies"
        fields = {"reply[subject]": "RE: 4.13 deploy night: can I schedule the database upgrade?",
                  "reply[content]": text}
    else:
        page = web.get(f"{BASE}/boards/{board}/topics/new", timeout=30).text
        action = f"/boards/{board}/topics/new"
        fields = {"message[subject]": "4.13 deploy night and the database upgrade", "message[content]": text}
    token = html.unescape(TOKEN.search(page).group(1))
    answer = web.post(f"{BASE}{action}", data={"authenticity_token": token, **fields}, timeout=30,
                      allow_redirects=False)
    if answer.status_code != 302:
        sys.exit(f"the forum refused the message (HTTP {answer.status_code})")
    print(f"posted: {answer.headers.get('Location')}")


main()
