"""Setup: the landlord's two notices on the file share and the IT Operations forum "Office and building".

- Admin/Office/Building/: Haymarket Properties' first notice (work on the weekend of Dec 5-6) and its revision
  (moved to Dec 12-13, other access hours, badge hand-out suggested for Monday Dec 14).
- it-ops: the forums module switched on (admin REST), a board "Office and building" and an older topic by Felix
  (the administrator), created through the web forms: Redmine 5.0 has no REST API for boards or messages.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import requests

sys.path.insert(0, "/utils")
sys.path.insert(0, "/utils/task/data")

from redmine_web import WebSession

from grading.clients.files import FilesClient
from grading.credentials import admin
from grading.endpoints import Endpoints

PROJECT = "it-ops"
BOARD = "Office and building"
RENDERED = Path("/utils/task/data/rendered")
OLD_TOPIC = ("Guest Wi-Fi password changes on December 1",
             "The password of tallgrass-guest changes on Tuesday 2026-12-01 at 08:00. The new card is at the admin "
             "desk from then on. Staff Wi-Fi (tallgrass-staff) does not change.\n\nFelix")


def enable_forums(base: str) -> None:
    """Add the forums module to the project's modules (the REST API takes the full list)."""
    auth = admin()
    http = requests.Session()
    http.auth = (auth.username, auth.password)
    got = http.get(f"{base}/projects/{PROJECT}.json", params={"include": "enabled_modules"}, timeout=30)
    got.raise_for_status()
    names = [m["name"] for m in got.json()["project"].get("enabled_modules", [])]
    if "boards" not in names:
        put = http.put(f"{base}/projects/{PROJECT}.json",
                       json={"project": {"enabled_module_names": [*names, "boards"]}}, timeout=30)
        if put.status_code not in (200, 204):
            raise RuntimeError(f"enabling the forums of {PROJECT} answered HTTP {put.status_code}")


def create_forum(base: str) -> str:
    web = WebSession(base, *admin())
    web.submit(f"/projects/{PROJECT}/boards/new", f"/projects/{PROJECT}/boards",
               {"board[name]": BOARD, "board[description]": "Announcements about the office, the building, access "
                                                             "and facilities. Nina pins the important ones."})
    boards = re.findall(rf'href="/projects/{PROJECT}/boards/(\d+)">([^<]+)<', web.page(f"/projects/{PROJECT}/boards"))
    board = next(b for b, name in boards if name.strip() == BOARD)
    subject, content = OLD_TOPIC
    return web.submit(f"/boards/{board}/topics/new", f"/boards/{board}/topics/new",
                      {"message[subject]": subject, "message[content]": content})


def main() -> None:
    files = FilesClient(*admin())
    notices = sorted(p for p in RENDERED.rglob("*") if p.is_file())
    for path in notices:
        files.upload(str(path.relative_to(RENDERED)), path.read_bytes())
    base = Endpoints().url("tracker")
    enable_forums(base)
    where = create_forum(base)
    print(f"populate_data: {len(notices)} notices uploaded; forum '{BOARD}' with a topic at {where}")


main()
