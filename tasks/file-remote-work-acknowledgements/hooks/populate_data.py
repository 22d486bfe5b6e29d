"""Setup: the signed Remote Work Policy v3 acknowledgements on the share, and People Operations' documents.

- files: HR/Policies/Remote_Work_v3/Remote_Work_Policy_v3.pdf and Acknowledgements/Ack_<Name>.pdf for six
  people: Tomas, Chloe, Grace and Marcus signed the version 3 form; Lena's form has no signature or date; Raj
  signed the old version 2 form.
- tracker: the documents module of people-ops switched on (admin REST); document categories "Benefits",
  "Policies", "Policy acknowledgements" and "Forms and templates", and two documents, created through the web
  forms as the administrator (Redmine 5.0 has no REST API for documents or categories): "Remote Work Policy"
  (Policies) and "Laptop Policy acknowledgement - Kai Morgan" (Policy acknowledgements, with Kai's signed form);
  Kai's people-ops membership gets the Manager role next to Developer (Developer cannot add documents); Rachel's
  ticket "Remote Work Policy v3: collect the signed acknowledgements", assigned to Kai.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import requests

sys.path.insert(0, "/utils")
sys.path.insert(0, "/utils/task/data")

from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient
from grading.credentials import admin, examinee
from grading.endpoints import Endpoints
from redmine_web import WebSession

PROJECT = "people-ops"
RENDERED = Path("/utils/task/data/rendered")
FOLDER = "HR/Policies/Remote_Work_v3"
UPLOADS = [f"{FOLDER}/Remote_Work_Policy_v3.pdf"] + [
    f"{FOLDER}/Acknowledgements/Ack_{name}.pdf"
    for name in ("Tomas_Lindqvist", "Chloe_Tran", "Lena_Fischer", "Raj_Iyer", "Grace_Liu", "Marcus_Webb")]
CATEGORIES = ["Benefits", "Policies", "Policy acknowledgements", "Forms and templates"]
SEEDED = [  # title, category, description, attached file (documents 1 and 2: the grader counts only later ones)
    ("Remote Work Policy", "Policies",
     "The current Remote Work Policy. Version 3 takes effect on 2026-12-01 (see HR/Policies/Remote_Work_v3 on the "
     "file server).", None),
    ("Laptop Policy acknowledgement - Kai Morgan", "Policy acknowledgements",
     "Signed Laptop Policy (version 2) acknowledgement.", "HR/Policies/Laptop/Ack_Kai_Morgan_Laptop_Policy.pdf"),
]
TICKET = "Remote Work Policy v3: collect the signed acknowledgements"
TICKET_TEXT = ("Version 3 of the Remote Work Policy takes effect on 2026-12-01. Everyone who works remotely more "
               "than two days a week signs the version 3 acknowledgement form: Tomas Lindqvist, Chloe Tran, Lena "
               "Fischer, Raj Iyer, Grace Liu and Marcus Webb. The forms come back to "
               f"{FOLDER}/Acknowledgements/ on the file server; each signed one is filed as a document in People "
               "Operations.")


def rest() -> requests.Session:
    http = requests.Session()
    http.auth = tuple(admin())
    return http


def enable_documents(base: str) -> None:
    http = rest()
    got = http.get(f"{base}/projects/{PROJECT}.json", params={"include": "enabled_modules"}, timeout=30)
    got.raise_for_status()
    names = [m["name"] for m in got.json()["project"].get("enabled_modules", [])]
    if "documents" not in names:
        put = http.put(f"{base}/projects/{PROJECT}.json", timeout=30,
                       json={"project": {"enabled_module_names": [*names, "documents"]}})
        if put.status_code not in (200, 204):
            raise RuntimeError(f"enabling the documents of {PROJECT} answered HTTP {put.status_code}")


def let_kai_add_documents(base: str) -> None:
    http = rest()
    roles = {r["name"]: r["id"] for r in http.get(f"{base}/roles.json", timeout=30).json()["roles"]}
    members = http.get(f"{base}/projects/{PROJECT}/memberships.json", params={"limit": 100}, timeout=30).json()
    kai = examinee().username
    kai_id = next(u["id"] for u in http.get(f"{base}/users.json", params={"name": kai}, timeout=30).json()["users"]
                  if u["login"] == kai)
    membership = next(m for m in members["memberships"] if m.get("user", {}).get("id") == kai_id)
    role_ids = sorted({r["id"] for r in membership["roles"]} | {roles["Manager"]})
    put = http.put(f"{base}/memberships/{membership['id']}.json", json={"membership": {"role_ids": role_ids}},
                   timeout=30)
    if put.status_code not in (200, 204):
        raise RuntimeError(f"updating Kai's {PROJECT} roles answered HTTP {put.status_code}")


def create_documents(base: str) -> None:
    web = WebSession(base, *admin())
    for name in CATEGORIES:
        web.submit("/enumerations/new?type=DocumentCategory", "/enumerations",
                   {"enumeration[type]": "DocumentCategory", "enumeration[name]": name, "enumeration[active]": "1"})
    form = web.page(f"/projects/{PROJECT}/documents/new")
    ids = {name.strip(): value for value, name in re.findall(r'<option value="(\d+)">([^<]+)</option>', form)}
    for title, category, description, attached in SEEDED:
        files = None
        if attached:
            files = {"attachments[1][file]": (Path(attached).name, (RENDERED / attached).read_bytes(),
                                              "application/pdf")}
        web.submit(f"/projects/{PROJECT}/documents/new", f"/projects/{PROJECT}/documents",
                   {"document[category_id]": ids[category], "document[title]": title,
                    "document[description]": description}, files)
    listed = sorted({int(d) for d in re.findall(r'href="/documents/(\d+)"', web.page(f"/projects/{PROJECT}/documents"))})
    if listed != [1, 2]:
        raise RuntimeError(f"expected the seeded documents to be 1 and 2, found {listed}")


def create_ticket() -> None:
    rachel = TrackerClient(*admin(), act_as="rachel.kim")
    rachel.create_issue(PROJECT, TICKET, TICKET_TEXT, tracker="Support", priority="Normal",
                        assignee=examinee().username, start_date=date(2026, 11, 16), due_date=date(2026, 11, 30))


def main() -> None:
    share = FilesClient(*admin())
    for path in UPLOADS:
        share.upload(path, (RENDERED / path).read_bytes())
    base = Endpoints().url("tracker")
    enable_documents(base)
    let_kai_add_documents(base)
    create_documents(base)
    create_ticket()
    print("populate_data: acknowledgements uploaded; people-ops documents, categories, Kai's role and ticket ready")


main()
