"""Shared by the solutions: work in FieldDay's forum as a person does in the browser.

    python3 forum.py post BOARD SUBJECT MESSAGE_FILE [sticky] [locked]
    python3 forum.py set SUBJECT_START sticky=0|1 locked=0|1

Signs in through the tracker's login form as the examinee. `post` submits the board's "New message" form (with
the Sticky and Locked boxes ticked when named); `set` opens the edit form of the topic whose subject starts with
SUBJECT_START and saves it with the boxes set as given. Forum messages cannot be posted or edited through
Redmine 5.0's REST API.
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


def boards(web: requests.Session) -> dict[str, str]:
    page = web.get(f"{BASE}/projects/fieldday/boards", timeout=30).text
    return {html.unescape(name).strip(): board
            for board, name in re.findall(r'href="/projects/fieldday/boards/(\d+)">([^<]+)<', page)}


def submit(web: requests.Session, form_url: str, fields: dict[str, str]) -> str:
    page = web.get(f"{BASE}{form_url}", timeout=30).text
    token = html.unescape(TOKEN.search(page).group(1))
    answer = web.post(f"{BASE}{form_url}", data={"authenticity_token": token, **fields}, timeout=30,
                      allow_redirects=False)
    if answer.status_code != 302:
        sys.exit(f"the forum refused the form {form_url} (HTTP {answer.status_code})")
    return answer.headers.get("Location", "")


def post(web: requests.Session, board: str, subject: str, path: str, flags: list[str]) -> None:
    text = open(path, encoding="utf-8").read()
    fields = {"message[subject]": subject, "message[content]": text}
    fields |= {f"message[{flag}]": "1" for flag in flags}
    print("posted:", submit(web, f"/boards/{boards(web)[board]}/topics/new", fields))


def set_flags(web: requests.Session, subject_start: str, settings: list[str]) -> None:
    for board in boards(web).values():
        listing = web.get(f"{BASE}/projects/fieldday/boards/{board}", timeout=30).text
        for topic, subject in re.findall(rf'href="/boards/{board}/topics/(\d+)">([^<]+)<', listing):
            if html.unescape(subject).startswith(subject_start):
                form = web.get(f"{BASE}/boards/{board}/topics/{topic}/edit", timeout=30).text
                content = re.search(r'<textarea[^>]*name="message\[content\]"[^>]*>(.*?)</textarea>', form, re.S)
                fields = {"message[subject]": html.unescape(subject),
                          "message[content]": html.unescape(content.group(1)).lstrip("\n")}
                for setting in settings:
                    name, value = setting.split("=")
                    fields[f"message[{name}]"] = value
                print("saved:", submit(web, f"/boards/{board}/topics/{topic}/edit", fields))
                return
    sys.exit(f"no topic starting with {subject_start!r}")


def main() -> None:
    web = signed_in()
    if sys.argv[1] == "post":
        post(web, sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    else:
        set_flags(web, sys.argv[2], sys.argv[3:])


main()
