"""Shared by the solutions: post a new topic in the IT Operations forum "Office and building", as a person does
in the browser (Redmine 5.0 has no REST API for forum messages).

    python3 forum.py SUBJECT MESSAGE_FILE

Signs in through the tracker's login form as the examinee, finds the board on the project's forum page and
submits its new-topic form with the page's authenticity_token.
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


def signed_in() -> requests.Session:
    web = requests.Session()
    token = html.unescape(TOKEN.search(web.get(f"{BASE}/login", timeout=30).text).group(1))
    web.post(f"{BASE}/login", data={"authenticity_token": token, "username": USER, "password": PASSWORD},
             timeout=30).raise_for_status()
    return web


def main() -> None:
    subject, text = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
    web = signed_in()
    boards = web.get(f"{BASE}/projects/it-ops/boards", timeout=30).text
    board = re.search(r'href="/projects/it-ops/boards/(\d+)">Office and building<', boards).group(1)
    page = web.get(f"{BASE}/boards/{board}/topics/new", timeout=30).text
    token = html.unescape(TOKEN.search(page).group(1))
    answer = web.post(f"{BASE}/boards/{board}/topics/new", timeout=30, allow_redirects=False,
                      data={"authenticity_token": token, "message[subject]": subject, "message[content]": text})
    if answer.status_code != 302:
        sys.exit(f"the forum refused the message (HTTP {answer.status_code})")
    print(f"posted: {answer.headers.get('Location')}")


main()
