"""Shared by the solutions: file a document in People Operations as a person does in the browser.

    python3 documents.py new TITLE CATEGORY DESCRIPTION_FILE [SHARE_PATH ...]
    python3 documents.py attach-later TITLE CATEGORY DESCRIPTION_FILE SHARE_PATH

Downloads each SHARE_PATH from the file share (the examinee's login), signs in through the tracker's login
form, and submits the "New document" form of people-ops with the page's authenticity_token and the files
attached (multipart, as the browser's file field sends them). `attach-later` creates the document without a
file and then adds it through the document page's "New file" form. Documents cannot be created through Redmine
5.0's REST API.
"""

from __future__ import annotations

import html
import os
import re
import sys
from pathlib import PurePosixPath

import requests

HOST = os.environ.get("SERVER_HOSTNAME", "tallgrass.test")
TRACKER, FILES = f"http://{HOST}:3000", f"http://{HOST}:3923"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


def token(page: str) -> str:
    return html.unescape(TOKEN.search(page).group(1))


def signed_in() -> requests.Session:
    web = requests.Session()
    page = web.get(f"{TRACKER}/login", timeout=30).text
    web.post(f"{TRACKER}/login", data={"authenticity_token": token(page), "username": AUTH[0],
                                       "password": AUTH[1]}, timeout=30).raise_for_status()
    return web


def share_file(path: str) -> tuple[str, bytes, str]:
    got = requests.get(f"{FILES}/{path}", auth=AUTH, timeout=30)
    got.raise_for_status()
    return PurePosixPath(path).name, got.content, "application/pdf"


def main() -> None:
    mode, title, category, description_file, *paths = sys.argv[1:]
    description = open(description_file, encoding="utf-8").read()
    web = signed_in()
    form = web.get(f"{TRACKER}/projects/people-ops/documents/new", timeout=30).text
    options = {html.unescape(name).strip(): value
               for value, name in re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', form)}
    files = {f"attachments[{i}][file]": share_file(p) for i, p in enumerate(paths, 1)} if mode == "new" else None
    answer = web.post(f"{TRACKER}/projects/people-ops/documents", files=files, timeout=30, allow_redirects=False,
                      data={"authenticity_token": token(form), "document[category_id]": options[category],
                            "document[title]": title, "document[description]": description})
    if answer.status_code != 302:
        sys.exit(f"the tracker refused the document (HTTP {answer.status_code})")
    if mode == "attach-later":
        listing = web.get(f"{TRACKER}/projects/people-ops/documents", timeout=30).text
        doc = max(int(d) for d in re.findall(r'href="/documents/(\d+)"', listing))
        page = web.get(f"{TRACKER}/documents/{doc}", timeout=30).text
        added = web.post(f"{TRACKER}/documents/{doc}/add_attachment", timeout=30, allow_redirects=False,
                         data={"authenticity_token": token(page)},
                         files={f"attachments[{i}][file]": share_file(p) for i, p in enumerate(paths, 1)})
        if added.status_code != 302:
            sys.exit(f"the tracker refused the file (HTTP {added.status_code})")
    print(f"document '{title}' filed in {category}")


main()
