"""A small typed client of the company tracker (Redmine 5 REST API, HTTP basic auth).

Every employee logs in with their company username and password; the REST API accepts the same
credentials as basic auth. Evaluators that must see everything log in as a person with
``admin: true`` (admins see every project and can list users). Usernames appear everywhere a
person does (author, assignee, comment author); names of trackers, statuses, priorities and
versions are used instead of Redmine's numeric ids. Texts come back with ``\\n`` line ends
(Redmine stores issue texts with ``\\r\\n``).

An administrator's login can act as anyone (``act_as=``), e.g. for setup hooks that file a ticket as a
colleague without their password. Every failure raises :class:`TrackerError` with a one-line message.

Example::

    tracker = TrackerClient("felix.wagner", password)
    for issue in tracker.issues("fieldday", status="open", assignee="kai.morgan"):
        print(issue.id, issue.subject, issue.status, issue.due_date)
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, Literal
from urllib.parse import quote

import requests
from pydantic import BaseModel, ConfigDict

from ..endpoints import Endpoints

PAGE_SIZE = 100  # Redmine's maximum ``limit``

StatusFilter = Literal["open", "closed", "all"]


class TrackerError(RuntimeError):
    """A tracker request failed (unreachable, login refused, forbidden, not found, invalid)."""


class _Unset(Enum):
    TOKEN = 0


UNSET = _Unset.TOKEN  # "leave this field alone" in :meth:`TrackerClient.update_issue`


class _Item(BaseModel):
    model_config = ConfigDict(frozen=True)


class User(_Item):
    id: int
    username: str
    firstname: str
    lastname: str
    email: str | None = None  # hidden from non-admins when the user hides it
    admin: bool | None = None  # only known to admins and to the user themself

    @property
    def full_name(self) -> str:
        return f"{self.firstname} {self.lastname}"


class Project(_Item):
    id: int
    identifier: str
    name: str
    description: str


class Version(_Item):
    id: int
    name: str
    status: str  # open, locked, closed
    due_date: date | None = None


class Comment(_Item):
    """One journal entry of an issue; ``text`` is empty when the entry only changed fields."""

    id: int
    author: str  # username
    at: datetime
    text: str


class Issue(_Item):
    id: int
    project: str  # identifier
    subject: str
    description: str
    tracker: str
    status: str
    is_closed: bool
    priority: str
    author: str  # username
    assignee: str | None  # username
    start_date: date | None
    due_date: date | None
    done_ratio: int
    estimated_hours: float | None
    version: str | None
    created_on: datetime
    updated_on: datetime
    closed_on: datetime | None
    comments: list[Comment] = []  # filled by issue() and issues(with_comments=True)


class WikiPageInfo(_Item):
    title: str
    version: int
    updated_on: datetime


class WikiPage(_Item):
    title: str
    text: str
    version: int
    author: str  # username of the last editor
    comment: str  # the last edit's comment
    updated_on: datetime


def _text(value: object) -> str:
    return str(value or "").replace("\r\n", "\n")


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


class TrackerClient:
    """Talks to one tracker as one user. ``base_url`` defaults to the company's tracker."""

    def __init__(self, username: str, password: str, base_url: str | None = None, timeout: float = 15.0, *,
                 act_as: str | None = None):
        """``act_as``: with an administrator's login, act as that user (Redmine's ``X-Redmine-Switch-User``):
        everything is done, and authored, as them. Redmine ignores it for a non-admin login."""
        self.username = act_as or username
        self.base_url = (base_url or Endpoints().url("tracker")).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.auth = (username, password)
        self._session.headers["Accept"] = "application/json"
        if act_as:
            self._session.headers["X-Redmine-Switch-User"] = act_as
        self._logins: dict[int, str] = {}
        self._ids: dict[str, int] = {}
        self._names: dict[str, dict[str, int]] = {}
        self._project_ids: dict[int, str] = {}

    # --- HTTP ------------------------------------------------------------------------------

    def _request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                 body: dict[str, Any] | None = None, as_login: bool = False) -> Any:
        """``as_login``: as the logged-in account itself, not the ``act_as`` user (an admin's lookups)."""
        url = f"{self.base_url}{path}"
        headers = {"X-Redmine-Switch-User": None} if as_login else None
        try:
            response = self._session.request(method, url, params=params, json=body, timeout=self.timeout,
                                             headers=headers)
        except requests.RequestException as exc:
            raise TrackerError(f"tracker unreachable at {self.base_url}: {type(exc).__name__}") from None
        where = f"{method} {path}"
        if response.status_code == 401:
            raise TrackerError(f"tracker refused the login of {self.username!r} ({where})")
        if response.status_code == 403:
            raise TrackerError(f"{self.username!r} is not allowed to {where} (403)")
        if response.status_code == 404:
            raise TrackerError(f"not found: {where}")
        if response.status_code == 422:
            try:
                errors = "; ".join(response.json().get("errors", []))
            except ValueError:
                errors = response.text[:200]
            raise TrackerError(f"tracker rejected {where}: {errors}")
        if response.status_code == 412:
            raise TrackerError(f"cannot act as {self.username!r}: no such active tracker user")
        if response.status_code >= 400:
            raise TrackerError(f"{where} failed with HTTP {response.status_code}")
        if not response.content.strip():
            return None
        try:
            return response.json()
        except ValueError:
            raise TrackerError(f"{where} answered with something that is not JSON") from None

    def _get(self, path: str, **params: Any) -> Any:
        return self._request("GET", path, params=params or None)

    def _pages(self, path: str, key: str, **params: Any) -> list[dict[str, Any]]:
        """Every item of a paginated list (``limit``/``offset``)."""
        items: list[dict[str, Any]] = []
        while True:
            page = self._get(path, **params, limit=PAGE_SIZE, offset=len(items))
            batch = page.get(key, [])
            items += batch
            if not batch or len(items) >= int(page.get("total_count", len(items))):
                return items

    # --- people ----------------------------------------------------------------------------

    def current_user(self) -> User:
        """The logged-in user; raises TrackerError when the password is wrong."""
        return self._user(self._get("/users/current.json")["user"])

    def credentials_valid(self) -> bool:
        """True when the tracker accepts this client's username and password."""
        try:
            self.current_user()
        except TrackerError as exc:
            if "refused the login" in str(exc):
                return False
            raise
        return True

    def users(self) -> list[User]:
        """Every account, active or not (admins only)."""
        return [self._user(u) for u in self._pages("/users.json", "users", status="")]

    def user_by_id(self, user_id: int) -> User:
        return self._user(self._get(f"/users/{user_id}.json")["user"])

    def username_of(self, user_id: int) -> str:
        if user_id not in self._logins:
            self.user_by_id(user_id)
        return self._logins[user_id]

    def user_id(self, username: str) -> int:
        """The numeric id of a username (admins: one lookup; others: through shared projects)."""
        if username in self._ids:
            return self._ids[username]
        if username == self.username:
            return self.current_user().id
        try:  # an admin acting as someone else still looks people up as the admin
            found = self._request("GET", "/users.json", params={"name": username, "status": ""}, as_login=True)
            for item in found.get("users", []):
                self._user(item)
        except TrackerError as exc:
            if "(403)" not in str(exc):
                raise
            self._find_among_members(username)
        if username not in self._ids:
            raise TrackerError(f"no tracker user {username!r} visible to {self.username!r}")
        return self._ids[username]

    def _find_among_members(self, username: str) -> None:
        """Look up the members of visible projects one at a time until ``username`` is known (one request
        per unknown member: Redmine's memberships name users but do not give their logins)."""
        for project in self.projects():
            for member in self._pages(f"/projects/{project.id}/memberships.json", "memberships"):
                if "user" in member and member["user"]["id"] not in self._logins:
                    self.user_by_id(member["user"]["id"])
                    if username in self._ids:
                        return

    def _user(self, item: dict[str, Any]) -> User:
        user = User(id=item["id"], username=item["login"], firstname=item.get("firstname", ""),
                    lastname=item.get("lastname", ""), email=item.get("mail"), admin=item.get("admin"))
        self._logins[user.id] = user.username
        self._ids[user.username] = user.id
        return user

    # --- projects --------------------------------------------------------------------------

    def projects(self) -> list[Project]:
        """Projects this user can see."""
        found = [Project(id=p["id"], identifier=p["identifier"], name=p["name"],
                         description=_text(p.get("description")))
                 for p in self._pages("/projects.json", "projects")]
        self._project_ids.update({p.id: p.identifier for p in found})
        return found

    def project(self, identifier: str) -> Project:
        p = self._get(f"/projects/{quote(identifier)}.json")["project"]
        self._project_ids[p["id"]] = p["identifier"]
        return Project(id=p["id"], identifier=p["identifier"], name=p["name"],
                       description=_text(p.get("description")))

    def versions(self, project: str) -> list[Version]:
        items = self._get(f"/projects/{quote(project)}/versions.json").get("versions", [])
        return [Version(id=v["id"], name=v["name"], status=v["status"], due_date=v.get("due_date"))
                for v in items]

    def _version_id(self, project: str, name: str) -> int:
        for version in self.versions(project):
            if version.name == name:
                return version.id
        raise TrackerError(f"project {project!r} has no version {name!r}")

    def _identifier(self, project_id: int) -> str:
        if project_id not in self._project_ids:
            self.projects()
        return self._project_ids.get(project_id, str(project_id))

    # --- issues ----------------------------------------------------------------------------

    def issues(self, project: str, *, status: StatusFilter = "open", assignee: str | None = None,
               version: str | None = None, with_comments: bool = False) -> list[Issue]:
        """Issues of a project (and its subprojects), oldest first."""
        params: dict[str, Any] = {
            "project_id": project,
            "status_id": {"open": "open", "closed": "closed", "all": "*"}[status],
            "sort": "id",
        }
        if assignee is not None:
            params["assigned_to_id"] = self.user_id(assignee)
        if version is not None:
            params["fixed_version_id"] = self._version_id(project, version)
        items = self._pages("/issues.json", "issues", **params)
        if with_comments:
            return [self.issue(item["id"]) for item in items]
        return [self._issue(item) for item in items]

    def issue(self, issue_id: int) -> Issue:
        """One issue with its comments (journals), oldest first."""
        return self._issue(self._get(f"/issues/{issue_id}.json", include="journals")["issue"])

    def find_issue(self, project: str, subject: str) -> Issue | None:
        """The first issue (open or closed) whose subject equals ``subject``, with comments."""
        for item in self.issues(project, status="all"):
            if item.subject == subject:
                return self.issue(item.id)
        return None

    def _issue(self, item: dict[str, Any]) -> Issue:
        def who(ref: dict[str, Any] | None) -> str | None:
            return self.username_of(int(ref["id"])) if ref else None

        comments = [
            Comment(id=j["id"], author=who(j["user"]) or "", at=j["created_on"], text=_text(j.get("notes")))
            for j in item.get("journals", [])
        ]
        version = item.get("fixed_version")
        return Issue(
            id=item["id"], project=self._identifier(item["project"]["id"]), subject=item["subject"],
            description=_text(item.get("description")), tracker=item["tracker"]["name"],
            status=item["status"]["name"], is_closed=bool(item["status"].get("is_closed", False)),
            priority=item["priority"]["name"], author=who(item["author"]) or "",
            assignee=who(item.get("assigned_to")), start_date=item.get("start_date"),
            due_date=item.get("due_date"), done_ratio=item.get("done_ratio") or 0,
            estimated_hours=item.get("estimated_hours"), version=version["name"] if version else None,
            created_on=item["created_on"], updated_on=item["updated_on"], closed_on=item.get("closed_on"),
            comments=comments,
        )

    def _named_id(self, kind: Literal["trackers", "issue_statuses", "issue_priorities"], name: str) -> int:
        if kind not in self._names:
            path = "/enumerations/issue_priorities.json" if kind == "issue_priorities" else f"/{kind}.json"
            self._names[kind] = {i["name"]: i["id"] for i in self._get(path)[kind]}
        try:
            return self._names[kind][name]
        except KeyError:
            known = ", ".join(self._names[kind])
            label = {"trackers": "tracker", "issue_statuses": "status", "issue_priorities": "priority"}[kind]
            raise TrackerError(f"unknown {label} {name!r} (known: {known})") from None

    def _fields(self, project: str | None, *, tracker: str | _Unset | None, status: str | _Unset | None,
                priority: str | _Unset | None, assignee: str | _Unset | None, version: str | _Unset | None,
                **plain: Any) -> dict[str, Any]:
        """Redmine's issue fields from names; ``None`` clears assignee/version/dates."""
        fields = {k: _json(v) for k, v in plain.items() if v is not UNSET}
        if isinstance(tracker, str):
            fields["tracker_id"] = self._named_id("trackers", tracker)
        if isinstance(status, str):
            fields["status_id"] = self._named_id("issue_statuses", status)
        if isinstance(priority, str):
            fields["priority_id"] = self._named_id("issue_priorities", priority)
        if assignee is not UNSET:
            fields["assigned_to_id"] = self.user_id(assignee) if assignee else ""
        if version is not UNSET:
            if version and project is None:
                raise TrackerError("setting a version needs the issue's project")
            fields["fixed_version_id"] = self._version_id(project, version) if version and project else ""
        return fields

    def create_issue(self, project: str, subject: str, description: str = "", *, tracker: str = "Feature",
                     status: str | None = None, priority: str | None = None, assignee: str | None = None,
                     start_date: date | None = None, due_date: date | None = None,
                     estimated_hours: float | None = None, done_ratio: int | None = None,
                     version: str | None = None) -> Issue:
        """Create an issue as this user; returns it as stored."""
        fields = self._fields(project, tracker=tracker, status=status, priority=priority,
                              assignee=assignee or UNSET, version=version or UNSET,
                              subject=subject, description=description)
        optional = {"start_date": start_date, "due_date": due_date, "estimated_hours": estimated_hours,
                    "done_ratio": done_ratio}
        fields |= {k: _json(v) for k, v in optional.items() if v is not None}
        fields["project_id"] = project
        created = self._request("POST", "/issues.json", body={"issue": fields})
        return self.issue(int(created["issue"]["id"]))

    def update_issue(self, issue_id: int, *, subject: str | _Unset = UNSET,
                     description: str | _Unset = UNSET, tracker: str | _Unset = UNSET,
                     status: str | _Unset = UNSET, priority: str | _Unset = UNSET,
                     assignee: str | _Unset | None = UNSET, start_date: date | _Unset | None = UNSET,
                     due_date: date | _Unset | None = UNSET, estimated_hours: float | _Unset | None = UNSET,
                     done_ratio: int | _Unset = UNSET, version: str | _Unset | None = UNSET,
                     comment: str | None = None) -> Issue:
        """Change the given fields (``None`` clears assignee, dates, hours or version) and/or comment."""
        project = self.issue(issue_id).project if isinstance(version, str) else None
        fields = self._fields(project, tracker=tracker, status=status, priority=priority, assignee=assignee,
                              version=version, subject=subject, description=description,
                              start_date=start_date, due_date=due_date, estimated_hours=estimated_hours,
                              done_ratio=done_ratio)
        fields = {k: ("" if v is None else v) for k, v in fields.items()}
        if comment:
            fields["notes"] = comment
        if fields:
            self._request("PUT", f"/issues/{issue_id}.json", body={"issue": fields})
        return self.issue(issue_id)

    def add_comment(self, issue_id: int, text: str) -> Issue:
        return self.update_issue(issue_id, comment=text)

    # --- wiki ------------------------------------------------------------------------------

    def wiki_pages(self, project: str) -> list[WikiPageInfo]:
        items = self._get(f"/projects/{quote(project)}/wiki/index.json").get("wiki_pages", [])
        return [WikiPageInfo(title=p["title"], version=p.get("version", 1), updated_on=p["updated_on"])
                for p in items]

    def wiki_page(self, project: str, title: str) -> WikiPage:
        """The current text of a page; ``title`` as in its URL (spaces become underscores)."""
        p = self._get(f"/projects/{quote(project)}/wiki/{quote(title.replace(' ', '_'))}.json")["wiki_page"]
        return WikiPage(title=p["title"], text=_text(p.get("text")), version=p.get("version", 1),
                        author=self.username_of(int(p["author"]["id"])) if p.get("author") else "",
                        comment=p.get("comments") or "", updated_on=p["updated_on"])

    def save_wiki_page(self, project: str, title: str, text: str, comment: str = "") -> WikiPage:
        """Create the page or replace its text (a new page version); returns it as stored."""
        path = f"/projects/{quote(project)}/wiki/{quote(title.replace(' ', '_'))}.json"
        self._request("PUT", path, body={"wiki_page": {"text": text, "comments": comment}})
        return self.wiki_page(project, title)
