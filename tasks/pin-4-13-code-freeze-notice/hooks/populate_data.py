"""Setup: FieldDay's forum with the pinned 4.12 freeze notice, Kai's manager rights, and the chat that decides 4.13.

- tracker: the forums module of fieldday switched on (admin REST); boards "Announcements" and "Release planning"
  and four topics created through the web forms as the administrator (Redmine 5.0 has no REST API for boards or
  messages): in Announcements the 4.12 code-freeze notice (sticky and locked) and a December on-call note; in
  Release planning a question about 4.13 scope. Kai's fieldday membership gets the Manager role next to
  Developer (only a role with "Edit messages" may pin or lock a topic; no administrator rights).
- chat: in #engineering Priya's reminder (freeze Thursday 12-03 18:00 CT, Priya approves exceptions), Tomas's
  request to move it, Sofia's OK, and Priya's decision: freeze Friday 2026-12-04 12:00 CT, Tomas approves the
  exceptions; then Priya's DM asking Kai to post the notice (Announcements, sticky, locked, unpin the 4.12 one).
"""

from __future__ import annotations

import re
import sys

import requests

sys.path.insert(0, "/utils")
sys.path.insert(0, "/utils/task/data")

from grading.clients.chat import login
from grading.credentials import admin, examinee
from grading.endpoints import Endpoints
from redmine_web import WebSession

PROJECT = "fieldday"
BOARDS = [
    ("Announcements", "Release notices from the release manager: code freezes, release days, maintenance windows."),
    ("Release planning", "Questions about FieldDay release dates, scope and deploys."),
]
TOPICS = [  # board, subject, content, sticky and locked
    ("Announcements", "4.12 code freeze: Thursday 2026-10-29, 18:00 CT",
     "The 4.12 code freeze starts on **Thursday 2026-10-29 at 18:00 CT**.\n\n"
     "- After the freeze only fixes for release blockers are merged to main.\n"
     "- Exceptions are approved by Priya Natarajan (release manager).\n"
     "- Release: Tuesday 2026-11-03 at 10:00 CT.\n\nQuestions go to #engineering, not here.", True),
    ("Announcements", "On-call rota for December",
     "The December on-call rota is on the wiki page On-call_Rota. Swaps: tell Priya a week ahead.", False),
    ("Release planning", "Does the Vietnamese translation make 4.13?",
     "Chloe asked whether the Vietnamese translation of the technician app is still in 4.13. Anyone know?", False),
]
ENGINEERING = [
    ("priya.natarajan", "4.13 code freeze reminder: Thursday 12-03 at 18:00 CT, as the release process says. After the "
                        "freeze only release-blocker fixes get merged, and I approve the exceptions."),
    ("tomas.lindqvist", "@priya the webhook retry backoff change for partner webhooks is still in review and won't "
                        "be merged by Thursday evening. Could the freeze be Friday noon instead? Then it makes 4.13."),
    ("sofia.alvarez", "Friday noon works for QA, the regression checklist still fits before the Tuesday release."),
    ("priya.natarajan", "OK, decided: the 4.13 code freeze moves to Friday 12-04 at 12:00 CT. I'm at the Greenway "
                        "Plumbing customer visit all day Friday, so after the freeze Tomas approves the exceptions "
                        "(release-blocker fixes only). I'll ask Kai to put the notice up on the tracker."),
]
REQUEST = ("Hi Kai! Could you put up the 4.13 code-freeze notice in the FieldDay forum on the tracker today? Post it "
           "as a new topic in the \"Announcements\" board, titled like the 4.12 one, and make it sticky and locked "
           "(pinned on top, and questions go to #engineering instead of piling up under it). It needs the freeze "
           "date and time and who approves exceptions after the freeze: we settled both in #engineering this "
           "morning, use what we landed on there. Then unpin the old 4.12 freeze notice (don't delete it, it's our "
           "record). I gave you manager rights in FieldDay so you can pin and lock topics. Thanks!")


def rest() -> requests.Session:
    http = requests.Session()
    http.auth = tuple(admin())
    return http


def enable_forums(base: str) -> None:
    http = rest()
    got = http.get(f"{base}/projects/{PROJECT}.json", params={"include": "enabled_modules"}, timeout=30)
    got.raise_for_status()
    names = [m["name"] for m in got.json()["project"].get("enabled_modules", [])]
    if "boards" not in names:
        put = http.put(f"{base}/projects/{PROJECT}.json", timeout=30,
                       json={"project": {"enabled_module_names": [*names, "boards"]}})
        if put.status_code not in (200, 204):
            raise RuntimeError(f"enabling the forums of {PROJECT} answered HTTP {put.status_code}")


def make_kai_manager(base: str) -> None:
    http = rest()
    roles = {r["name"]: r["id"] for r in http.get(f"{base}/roles.json", timeout=30).json()["roles"]}
    kai = examinee().username
    kai_id = next(u["id"] for u in http.get(f"{base}/users.json", params={"name": kai}, timeout=30).json()["users"]
                  if u["login"] == kai)
    members = http.get(f"{base}/projects/{PROJECT}/memberships.json", params={"limit": 100}, timeout=30).json()
    membership = next(m for m in members["memberships"] if m.get("user", {}).get("id") == kai_id)
    role_ids = sorted({r["id"] for r in membership["roles"]} | {roles["Manager"]})
    put = http.put(f"{base}/memberships/{membership['id']}.json", json={"membership": {"role_ids": role_ids}},
                   timeout=30)
    if put.status_code not in (200, 204):
        raise RuntimeError(f"updating Kai's {PROJECT} roles answered HTTP {put.status_code}")


def create_forum(base: str) -> None:
    web = WebSession(base, *admin())
    for name, description in BOARDS:
        web.submit(f"/projects/{PROJECT}/boards/new", f"/projects/{PROJECT}/boards",
                   {"board[name]": name, "board[description]": description})
    listed = re.findall(rf'href="/projects/{PROJECT}/boards/(\d+)">([^<]+)<', web.page(f"/projects/{PROJECT}/boards"))
    ids = {name.strip(): board for board, name in listed}
    for board, subject, content, pinned in TOPICS:
        fields = {"message[subject]": subject, "message[content]": content}
        if pinned:
            fields |= {"message[sticky]": "1", "message[locked]": "1"}
        web.submit(f"/boards/{ids[board]}/topics/new", f"/boards/{ids[board]}/topics/new", fields)
    listing = web.page(f"/projects/{PROJECT}/boards/{ids['Announcements']}")
    if not re.search(r'<tr[^>]*class="[^"]*\bsticky\b[^"]*\blocked\b', listing):
        raise RuntimeError("the 4.12 freeze notice did not come out sticky and locked")


def send_chat() -> None:
    with login(*admin()) as felix:
        for who, text in ENGINEERING:
            with felix.act_as(who) as chat:
                chat.send_message("engineering", text)
        with felix.act_as("priya.natarajan") as priya:
            priya.send_direct_message(examinee().username, REQUEST)


def main() -> None:
    base = Endpoints().url("tracker")
    enable_forums(base)
    make_kai_manager(base)
    create_forum(base)
    send_chat()
    print("populate_data: FieldDay forum (4.12 notice pinned), Kai manager in fieldday, #engineering decision, DM")


main()
