"""The tracker service (servers/tracker, Redmine): every person logs in through the login form, the
seeded projects, issues (fields and comments) and wiki pages match the company data, private
projects stay private, issues and wiki pages can be changed through the REST API, a new container
brings the seeded state back, and the issue list renders in a browser (screenshot under
tests/artifacts/)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
import requests
from conftest import REPO
from svc_container import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, Running, build_seconds, remove, running

from grading.clients.tracker import Issue, TrackerClient, TrackerError
from grading.company import CompanyData, Person, TrackerIssue, TrackerProject

pytestmark = [pytest.mark.services, pytest.mark.docker]

COMPANY = CompanyData.load(REPO / "servers" / "company")
PEOPLE = COMPANY.people.people
PROJECTS = COMPANY.tracker.projects
ADMIN = next((p for p in PEOPLE if p.admin), None)
EXAMINEE = COMPANY.people.examinee


def members(project: TrackerProject) -> set[str]:
    return {p.username for p in PEOPLE} if "*" in project.members else set(project.members)


def examinee_project() -> TrackerProject:
    """A project the examinee belongs to that has open issues."""
    return next(p for p in PROJECTS if EXAMINEE.username in members(p)
                and any(i.status not in ("Closed", "Rejected") for i in p.issues))


def as_user(who: Person, server: Running) -> TrackerClient:
    return TrackerClient(who.username, who.password, server.url("tracker"))


def admin(server: Running) -> TrackerClient:
    if ADMIN is None:
        pytest.skip("nobody in people.yaml is an admin")
    return as_user(ADMIN, server)


def utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def assert_seeded_issue(got: Issue, want: TrackerIssue) -> None:
    assert got.subject == want.subject
    assert got.description.strip() == want.description.strip(), want.subject
    assert (got.tracker, got.status, got.priority) == (want.tracker, want.status, want.priority), want.subject
    assert (got.author, got.assignee) == (want.author, want.assignee), want.subject
    assert (got.start_date, got.due_date) == (want.start_date, want.due_date), want.subject
    assert got.estimated_hours == want.estimated_hours, want.subject
    assert got.done_ratio == want.done_ratio, want.subject
    assert got.version == want.version, want.subject
    assert [(c.author, c.at, c.text.strip()) for c in got.comments] == [
        (c.sender, utc(c.at), c.text.strip()) for c in want.comments
    ], want.subject


def wiki_heading(markdown: str) -> str | None:
    """The first ATX heading line (``# Title``) of a Markdown text."""
    return next((line for line in markdown.splitlines() if re.match(r"^#{1,2}\s", line)), None)


def form_login(base: str, username: str, password: str) -> requests.Response:
    """Log in through the HTML form like a browser; returns the (unfollowed) answer to the POST."""
    session = requests.Session()
    page = session.get(f"{base}/login", timeout=10)
    token = re.search(r'name="authenticity_token" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the login page"
    return session.post(f"{base}/login", allow_redirects=False, timeout=10, data={
        "authenticity_token": token.group(1), "username": username, "password": password,
    })


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    with running("tracker") as srv:
        print(f"\ntracker: build {build_seconds('tracker'):.1f}s, healthy after {srv.healthy_after:.2f}s")
        yield srv


def test_healthy_quickly(server: Running) -> None:
    assert server.healthy_after < 10
    anonymous = requests.get(f"{server.url('tracker')}/projects", allow_redirects=False, timeout=10)
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]  # login required
    print(f"tracker: RSS {server.rss_mb():.1f} MB")


def test_every_person_logs_in_with_their_password(server: Running) -> None:
    base = server.url("tracker")
    for who in PEOPLE:
        answer = form_login(base, who.username, who.password)
        assert answer.status_code == 302, f"{who.username}: login form refused the password"
        assert "/my/password" not in answer.headers["Location"], f"{who.username}: must change password"
        me = as_user(who, server).current_user()
        assert (me.username, me.email, me.full_name) == (who.username, who.email, who.full_name)
        assert me.admin == who.admin, who.username
    wrong = form_login(base, PEOPLE[0].username, PEOPLE[0].password + "x")
    assert wrong.status_code == 200 and "Invalid user or password" in wrong.text
    assert not TrackerClient(PEOPLE[0].username, "not-the-password", base).credentials_valid()
    assert form_login(base, "admin", "admin").status_code == 200  # Debian's default admin is gone


@pytest.mark.parametrize("project", PROJECTS, ids=lambda p: p.identifier)
def test_seeded_project_matches_company_data(server: Running, project: TrackerProject) -> None:
    tracker = admin(server)
    seeded = tracker.project(project.identifier)
    assert (seeded.name, seeded.description.strip()) == (project.name, project.description.strip())
    versions = {v.name: v for v in tracker.versions(project.identifier)}
    assert {n: (v.due_date, v.status) for n, v in versions.items()} == {
        v.name: (v.due_date, v.status) for v in project.versions
    }
    issues = tracker.issues(project.identifier, status="all", with_comments=True)
    assert [i.subject for i in issues] == [i.subject for i in project.issues]
    for got, want in zip(issues, project.issues, strict=True):
        assert_seeded_issue(got, want)
    assert {p.title for p in tracker.wiki_pages(project.identifier)} == {
        w.title.replace(" ", "_") for w in project.wiki
    }
    for page in project.wiki:
        got_page = tracker.wiki_page(project.identifier, page.title)
        assert got_page.text.strip() == page.text.strip(), page.title
        assert got_page.author == page.author


def test_issue_filters(server: Running) -> None:
    project = max(PROJECTS, key=lambda p: len(p.issues))
    tracker = as_user(next(p for p in PEOPLE if p.username in members(project)), server)
    open_issues = [i for i in project.issues if i.status not in ("Closed", "Rejected")]
    assert [i.subject for i in tracker.issues(project.identifier)] == [i.subject for i in open_issues]
    closed = tracker.issues(project.identifier, status="closed")
    assert [i.subject for i in closed] == [i.subject for i in project.issues if i not in open_issues]
    assignee = next(i.assignee for i in open_issues if i.assignee)
    mine = tracker.issues(project.identifier, assignee=assignee)
    assert [i.subject for i in mine] == [i.subject for i in open_issues if i.assignee == assignee]
    version = next((i.version for i in project.issues if i.version), None)
    if version:
        in_version = tracker.issues(project.identifier, status="all", version=version)
        assert [i.subject for i in in_version] == [i.subject for i in project.issues if i.version == version]


def test_private_projects_stay_private(server: Running) -> None:
    for project in PROJECTS:
        outsiders = [p for p in PEOPLE if p.username not in members(project) and not p.admin]
        involved = {i.author for i in project.issues} | {i.assignee for i in project.issues}
        outsider = next((p for p in outsiders if p.username not in involved), None)
        if outsider is None:
            continue
        tracker = as_user(outsider, server)
        assert project.identifier not in {p.identifier for p in tracker.projects()}
        with pytest.raises(TrackerError, match="403"):
            tracker.project(project.identifier)
        return
    pytest.skip("every project is open to everyone")


def test_issue_list_renders_for_examinee(server: Running) -> None:
    from playwright.sync_api import sync_playwright

    project = examinee_project()
    # the newest open issue is at the top of the default list (sorted by id, descending)
    subject = next(i.subject for i in reversed(project.issues) if i.status not in ("Closed", "Rejected"))
    wiki = next((w for w in project.wiki if wiki_heading(w.text)), None)
    base = server.url("tracker")
    out = ARTIFACTS / "tracker-issues.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"{base}/projects/{project.identifier}/issues")  # login required: the form comes
            page.fill("#username", EXAMINEE.username)
            page.fill("#password", EXAMINEE.password)
            page.click("#login-submit")  # and leads back to the issue list
            page.wait_for_selector("table.list.issues", timeout=10_000)
            assert page.inner_text("#loggedas").endswith(EXAMINEE.username)
            listed = page.inner_text("table.list.issues")
            page.screenshot(path=str(out), full_page=True)
            if wiki is not None:  # the Markdown of a seeded wiki page renders as HTML
                page.goto(f"{base}/projects/{project.identifier}/wiki/{wiki.title.replace(' ', '_')}")
                heading = page.inner_text("div.wiki h1, div.wiki h2")
                page.screenshot(path=str(ARTIFACTS / "tracker-wiki.png"), full_page=True)
        finally:
            browser.close()
    assert subject in listed
    assert out.stat().st_size > 20_000
    if wiki is not None:
        assert heading.strip() == re.sub(r"^#+\s*", "", wiki_heading(wiki.text) or "").strip()


def test_examinee_updates_issue_and_wiki(server: Running) -> None:
    project = examinee_project()
    target = next(i for i in project.issues if i.status == "New")
    other = next(p for p in PEOPLE if p.username in members(project) and not p.examinee)
    tracker = as_user(EXAMINEE, server)
    issue = tracker.find_issue(project.identifier, target.subject)
    assert issue is not None
    tracker.update_issue(issue.id, status="In Progress", assignee=EXAMINEE.username, due_date=date(2026, 12, 18),
                         done_ratio=20, comment="Picked this up; first findings by Friday.")
    seen = as_user(other, server).issue(issue.id)  # as a colleague sees it
    assert (seen.status, seen.assignee, seen.due_date, seen.done_ratio) == (
        "In Progress", EXAMINEE.username, date(2026, 12, 18), 20)
    assert seen.comments[-1].author == EXAMINEE.username
    assert seen.comments[-1].text == "Picked this up; first findings by Friday."

    created = tracker.create_issue(project.identifier, "Service test: follow-up", "Details\nhere.",
                                   tracker="Support", priority="Low", assignee=other.username)
    assert (created.author, created.assignee, created.status, created.description) == (
        EXAMINEE.username, other.username, "New", "Details\nhere.")
    page = tracker.save_wiki_page(project.identifier, "Service Test Notes", "# Notes\n\n- one\n", "created")
    assert (page.title, page.text, page.author, page.version) == ("Service_Test_Notes", "# Notes\n\n- one\n",
                                                                  EXAMINEE.username, 1)
    with pytest.raises(TrackerError, match="unknown status"):
        tracker.update_issue(issue.id, status="Done-ish")


def test_examinee_finds_colleagues_ids_without_admin_rights(server: Running) -> None:
    """A non-admin cannot list users: ids come from shared projects' members, fetched only until found."""
    project = examinee_project()
    colleagues = [p for p in PEOPLE if p.username in members(project) and not p.examinee]
    tracker = as_user(EXAMINEE, server)
    assert tracker.user_id(EXAMINEE.username) == tracker.current_user().id
    assert list(tracker._logins.values()) == [EXAMINEE.username]  # one request for oneself
    first = tracker.user_id(colleagues[0].username)
    assert tracker.username_of(first) == colleagues[0].username
    assert len(tracker._logins) < len(colleagues)  # stopped at the first match, not every member
    assert {tracker.username_of(tracker.user_id(p.username)) for p in colleagues} == {p.username for p in colleagues}
    with pytest.raises(TrackerError, match=r"no tracker user 'nobody\.here'"):
        tracker.user_id("nobody.here")
    if ADMIN is not None:  # a setup hook's admin acting as a colleague looks people up as the admin: one request
        acting = TrackerClient(ADMIN.username, ADMIN.password, server.url("tracker"), act_as=colleagues[0].username)
        assert acting.username_of(acting.user_id(EXAMINEE.username)) == EXAMINEE.username
        assert len(acting._logins) <= 2


def test_reset_restores_seeded_state(server: Running) -> None:
    """Runs last: the earlier tests changed the tracker; a new container has the seed again."""
    project = examinee_project()
    target = next(i for i in project.issues if i.status == "New")
    tracker = as_user(EXAMINEE, server)
    changed = tracker.find_issue(project.identifier, target.subject)
    assert changed is not None and changed.status == "In Progress"  # from the update test
    remove(server.container)
    with running("tracker") as fresh:
        again = as_user(EXAMINEE, fresh)
        restored = again.find_issue(project.identifier, target.subject)
        assert restored is not None
        assert_seeded_issue(restored, target)
        assert [i.subject for i in again.issues(project.identifier, status="all")] == [
            i.subject for i in project.issues
        ]
        assert "Service_Test_Notes" not in {p.title for p in again.wiki_pages(project.identifier)}
        print(f"tracker: reset (new container) healthy after {fresh.healthy_after:.2f}s")
