"""Setup: the 2027 benefits summaries on the file share and a Documents area in People Operations.

- files: HR/Benefits/2027/Benefits_Summary_2027_v1.pdf (draft: 4.5% match, enrollment to 12-18) and _v2.pdf
  (approved 2026-11-24: 5% match, enrollment 2026-12-01 to 12-11), HR/Benefits/2026/Benefits_Summary_2026.pdf.
- tracker: the documents module of people-ops switched on (admin REST); document categories "Benefits",
  "Policies", "Forms and templates" and last year's two documents, created through the web forms as the
  administrator (Redmine 5.0 has no REST API for documents or categories); Kai's people-ops membership gets the
  Manager role next to Developer (the Developer role cannot add documents; no administrator rights).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import requests

sys.path.insert(0, "/utils")
sys.path.insert(0, "/utils/task/data")

from grading.clients.files import FilesClient
from grading.credentials import admin, examinee
from grading.endpoints import Endpoints
from redmine_web import WebSession

PROJECT = "people-ops"
RENDERED = Path("/utils/task/data/rendered")
UPLOADS = ["HR/Benefits/2027/Benefits_Summary_2027_v1.pdf", "HR/Benefits/2027/Benefits_Summary_2027_v2.pdf",
           "HR/Benefits/2026/Benefits_Summary_2026.pdf"]
CATEGORIES = ["Benefits", "Policies", "Forms and templates"]
SEEDED = [  # title, category, description, attached file (documents 1 and 2: the grader counts only later ones)
    ("2026 Benefits Summary", "Benefits",
     "Open enrollment: 2025-12-01 to 2025-12-12. 401(k) match: dollar for dollar up to 4% of salary.",
     "HR/Benefits/2026/Benefits_Summary_2026.pdf"),
    ("Remote work policy", "Policies",
     "Who may work remotely, for how long, and how to ask (see the Company Handbook, section 4).", None),
]


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


def main() -> None:
    share = FilesClient(*admin())
    for path in UPLOADS:
        share.upload(path, (RENDERED / path).read_bytes())
    base = Endpoints().url("tracker")
    enable_documents(base)
    let_kai_add_documents(base)
    create_documents(base)
    print("populate_data: benefits summaries uploaded; people-ops documents, categories and Kai's role ready")


main()
