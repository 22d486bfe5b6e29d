"""Grades Kai's saved "4.13 blockers" issue query in FieldDay.

A saved query has no REST API to create it in Redmine 5.0, and a private query is visible only to its owner:
the grader reads it as Kai (the examinee's login, injected into the grading container only): the query list
and its results through the REST API (`/queries.json`, `/issues.json?query_id=`), its filters and sort order
from its edit page (web session). The expected issues are computed from all FieldDay issues (administrator).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

import requests

from grading import Checkpoint, Result, admin, examinee, grader
from grading.endpoints import Endpoints

PROJECT = "fieldday"
NAME = "4.13 blockers"
VERSION = "4.13"
BLOCKING = {"High", "Urgent", "Immediate"}
FILTER_FIELDS = {"status_id", "tracker_id", "fixed_version_id", "priority_id"}
_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


@dataclass
class SavedQuery:
    id: int
    filters: dict[str, tuple[str, list[str]]]
    sort: list[tuple[str, str]]
    results: list[int]


def _rest(login: tuple[str, str], path: str, **params: object) -> dict:
    answer = requests.get(f"{Endpoints().url('tracker')}{path}", auth=login, params=params, timeout=30)
    if answer.status_code != 200:
        raise AssertionError(f"GET {path} answered HTTP {answer.status_code}")
    return answer.json()


def _edit_page(query_id: int) -> str:
    base = Endpoints().url("tracker")
    login = examinee()
    web = requests.Session()
    token = _TOKEN.search(web.get(f"{base}/login", timeout=30).text)
    if not token:
        raise AssertionError("no login form on the tracker")
    answer = web.post(f"{base}/login", timeout=30, allow_redirects=False, data={
        "authenticity_token": html.unescape(token.group(1)), "username": login.username, "password": login.password})
    if answer.status_code != 302 or "/login" in answer.headers.get("Location", ""):
        raise AssertionError(f"the tracker refused the examinee's web login (HTTP {answer.status_code})")
    page = web.get(f"{base}/queries/{query_id}/edit", timeout=30)
    if page.status_code != 200:
        raise AssertionError(f"the query's edit page answered HTTP {page.status_code}")
    return page.text


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def the_query() -> SavedQuery | None:
    """Kai's one saved query in FieldDay named "4.13 blockers" (None when there is none or several)."""
    login = tuple(examinee())
    project_id = _rest(tuple(admin()), f"/projects/{PROJECT}.json")["project"]["id"]
    queries = [q for q in _rest(login, "/queries.json", limit=100)["queries"]
               if q.get("project_id") == project_id and _norm(q["name"]) == _norm(NAME)]
    if len(queries) != 1:
        return None
    query_id = int(queries[0]["id"])
    page = _edit_page(query_id)
    filters = {field: (op, json.loads(values))
               for field, op, values in re.findall(r'addFilter\("([^"]+)", "([^"]*)", (\[[^\]]*\])\)', page)}
    sort = []
    for i in range(3):
        attribute = re.search(rf'id="query_sort_criteria_attribute_{i}">(.*?)</select>', page, re.DOTALL)
        direction = re.search(rf'id="query_sort_criteria_direction_{i}">(.*?)</select>', page, re.DOTALL)
        chosen = [re.search(r'selected="selected" value="([^"]*)"', s.group(1)) if s else None
                  for s in (attribute, direction)]
        if chosen[0] and chosen[0].group(1):
            sort.append((chosen[0].group(1), chosen[1].group(1) if chosen[1] else "asc"))
    issues = _rest(login, "/issues.json", query_id=query_id, project_id=PROJECT, limit=100)["issues"]
    return SavedQuery(query_id, filters, sort, [int(i["id"]) for i in issues])


def expected_issues() -> set[int]:
    """Open bugs of FieldDay targeted at 4.13 with priority High or above, from every FieldDay issue."""
    closed = {s["id"] for s in _rest(tuple(admin()), "/issue_statuses.json")["issue_statuses"] if s.get("is_closed")}
    wanted = set()
    offset = 0
    while True:
        page = _rest(tuple(admin()), "/issues.json", project_id=PROJECT, status_id="*", limit=100, offset=offset)
        for issue in page["issues"]:
            if (issue["tracker"]["name"] == "Bug" and issue["status"]["id"] not in closed
                    and issue.get("fixed_version", {}).get("name") == VERSION
                    and issue["priority"]["name"] in BLOCKING):
                wanted.add(int(issue["id"]))
        offset += len(page["issues"])
        if not page["issues"] or offset >= page["total_count"]:
            return wanted


@grader
def query_saved() -> bool:
    return the_query() is not None


@grader
def right_issues() -> bool:
    query = the_query()
    if query is None or not set(query.filters) <= FILTER_FIELDS:
        return False
    return len(query.results) == len(set(query.results)) and set(query.results) == expected_issues()


@grader
def highest_priority_first() -> bool:
    query = the_query()
    return query is not None and bool(query.sort) and query.sort[0] == ("priority", "desc")


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(query_saved())),
        Checkpoint(2, 2 * int(right_issues())),
        Checkpoint(1, int(highest_priority_first())),
    ])
