"""Shared by the solutions: file documents in People Operations and comment on the ticket, as a person does.

    python3 documents.py new TITLE CATEGORY SHARE_PATH...     # one document with the files attached
    python3 documents.py attach-later TITLE CATEGORY SHARE_PATH  # the document first, the file from its page
    python3 documents.py comment TEXT_FILE                    # a comment on the acknowledgements ticket (REST)

Downloads SHARE_PATH from the file share (the examinee's login), signs in through the tracker's login form and
submits the "New document" form of people-ops with the page's authenticity_token (multipart, as the browser's
file field sends it). Documents cannot be created through Redmine 5.0's REST API; comments can.
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
FOLDER = "HR/Policies/Remote_Work_v3/Acknowledgements"


def token(page: str) -> str:
    return html.unescape(TOKEN.search(page).group(1))


def signed_in() -> requests.Session:
    web = requests.Session()
    page = web.get(f"{TRACKER}/login", timeout=30).text
    web.post(f"{TRACKER}/login", data={"authenticity_token": token(page), "username": AUTH[0],
                                       "password": AUTH[1]}, timeout=30).raise_for_status()
    return web


def share_files(paths: list[str]) -> dict[str, tuple[str, bytes, str]]:
    fields = {}
    for i, path in enumerate(paths, 1):
        path = path if "/" in path else f"{FOLDER}/{path}"
        got = requests.get(f"{FILES}/{path}", auth=AUTH, timeout=30)
        got.raise_for_status()
        fields[f"attachments[{i}][file]"] = (PurePosixPath(path).name, got.content, "application/pdf")
    return fields


def file_document(mode: str, title: str, category: str, *paths: str) -> None:
    web = signed_in()
    form = web.get(f"{TRACKER}/projects/people-ops/documents/new", timeout=30).text
    options = {html.unescape(name).strip(): value
               for value, name in re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', form)}
    answer = web.post(f"{TRACKER}/projects/people-ops/documents", timeout=30, allow_redirects=False,
                      files=share_files(list(paths)) if mode == "new" else None,
                      data={"authenticity_token": token(form), "document[category_id]": options[category],
                            "document[title]": title, "document[description]": "Signed acknowledgement form."})
    if answer.status_code != 302:
        sys.exit(f"the tracker refused the document (HTTP {answer.status_code})")
    if mode == "attach-later":
        listing = web.get(f"{TRACKER}/projects/people-ops/documents", timeout=30).text
        doc = max(int(d) for d in re.findall(r'href="/documents/(\d+)"', listing))
        page = web.get(f"{TRACKER}/documents/{doc}", timeout=30).text
        added = web.post(f"{TRACKER}/documents/{doc}/add_attachment", timeout=30, allow_redirects=False,
                         data={"authenticity_token": token(page)}, files=share_files(list(paths)))
        if added.status_code != 302:
            sys.exit(f"the tracker refused the file (HTTP {added.status_code})")
    print(f"filed '{title}' in {category}")


def comment(path: str) -> None:
    text = open(path, encoding="utf-8").read()
    found = requests.get(f"{TRACKER}/issues.json", auth=AUTH, timeout=30, params={
        "project_id": "people-ops", "status_id": "*", "subject": "~collect the signed acknowledgements"}).json()
    issue = found["issues"][0]["id"]
    put = requests.put(f"{TRACKER}/issues/{issue}.json", auth=AUTH, timeout=30, json={"issue": {"notes": text}})
    if put.status_code not in (200, 204):
        sys.exit(f"the tracker refused the comment (HTTP {put.status_code})")
    print(f"commented on #{issue}")


def main() -> None:
    if sys.argv[1] == "comment":
        comment(sys.argv[2])
    else:
        file_document(*sys.argv[1:])


main()
