"""Shared by the solutions: save an issue query in FieldDay as a person does in the browser.

    python3 query.py SPEC_JSON

SPEC_JSON: {"name": ..., "filters": [[field, operator, [value names]]], "sort": [[column, "asc"|"desc"]]}.
Signs in through the tracker's login form as the examinee, opens FieldDay's "New query" page, turns value
names (Bug, 4.13, High) into the ids the page's filter list gives them, and submits the form with the page's
authenticity_token. A value "BLOCKER_IDS" becomes today's blocker issue numbers (read through the REST API).
Saved queries cannot be created through Redmine 5.0's REST API.
"""

from __future__ import annotations

import html
import json
import os
import re
import sys
from pathlib import Path

import requests

BASE = f"http://{os.environ.get('SERVER_HOSTNAME', 'tallgrass.test')}:3000"
AUTH = (os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"])
TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


def blocker_ids() -> str:
    issues = requests.get(f"{BASE}/issues.json", auth=AUTH, timeout=30, params={
        "project_id": "fieldday", "status_id": "open", "tracker_id": 1, "limit": 100}).json()["issues"]
    return ",".join(str(i["id"]) for i in issues if i.get("fixed_version", {}).get("name") == "4.13"
                    and i["priority"]["name"] in ("High", "Urgent", "Immediate"))


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    web = requests.Session()
    login = web.get(f"{BASE}/login", timeout=30).text
    web.post(f"{BASE}/login", timeout=30, data={"authenticity_token": html.unescape(TOKEN.search(login).group(1)),
                                                "username": AUTH[0], "password": AUTH[1]}).raise_for_status()
    form = web.get(f"{BASE}/projects/fieldday/queries/new", timeout=30).text
    available = json.loads(re.search(r"availableFilters = (\{.*?\});", form).group(1))
    data: list[tuple[str, str]] = [("authenticity_token", html.unescape(TOKEN.search(form).group(1))),
                                   ("type", "IssueQuery"), ("query[name]", spec["name"])]
    for field, operator, names in spec["filters"]:
        values = available[field].get("values") or []
        if available[field].get("remote"):  # the page loads these lists when the filter is added
            values = web.get(f"{BASE}/queries/filter", timeout=30, params={
                "project_id": "fieldday", "type": "IssueQuery", "name": field}).json()
        ids = {}
        for name, value, *_ in values:
            ids[name] = ids[name.split(" - ")[-1]] = value
        data += [("f[]", field), (f"op[{field}]", operator)]
        for name in names or [""]:
            value = blocker_ids() if name == "BLOCKER_IDS" else ids.get(name, name)
            data.append((f"v[{field}][]", value))
    for i, (column, direction) in enumerate(spec.get("sort", [])):
        data += [(f"query[sort_criteria][{i}][]", column), (f"query[sort_criteria][{i}][]", direction)]
    data += [("c[]", c) for c in spec.get("columns", ["tracker", "status", "priority", "subject", "assigned_to"])]
    answer = web.post(f"{BASE}/projects/fieldday/queries", data=data, timeout=30, allow_redirects=False)
    if answer.status_code != 302:
        sys.exit(f"the tracker refused the query (HTTP {answer.status_code})")
    print(f"saved: {answer.headers.get('Location')}")


main()
