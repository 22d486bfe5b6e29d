"""Grades Kai's 4.13 code-freeze notice in FieldDay's forum (Announcements board, pinned and locked).

Forum messages have no REST API in Redmine 5.0: the grader reads them as the administrator through the web
pages (board listings, topic pages for the author, and each topic's edit form for its subject, raw text and
its sticky and locked boxes).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

import requests

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import labelled_values
from grading.clients.tracker import TrackerClient
from grading.endpoints import Endpoints
from grading.reading import date_mentions, times, weekday_mentions

PROJECT = "fieldday"
BOARD = "Announcements"
OLD_NOTICE = "4.12 code freeze: Thursday 2026-10-29, 18:00 CT"
FREEZE_DAY, RELEASE_DAY = date(2026, 12, 4), date(2026, 12, 8)
FREEZE_TIME, RELEASE_TIME = (12, 0), (10, 0)
APPROVER = "tomas"
PEOPLE = {"priya": ("Priya", "Natarajan"), "tomas": ("Tomas", "Lindqvist"), "marcus": ("Marcus", "Webb"),
          "sofia": ("Sofia", "Alvarez"), "hannah": ("Hannah", "Brooks"), "daniel": ("Daniel", "Reyes"),
          "aisha": ("Aisha", "Bello"), "ben": ("Ben", "Kowalski"), "chloe": ("Chloe", "Tran"),
          "kai": ("Kai", "Morgan")}
EXCEPTION = re.compile(r"\b(?:exceptions?|approv\w*|sign(?:s|ed)?[- ]?off|okays?|green[- ]?light\w*)\b", re.I)
EXCEPTION_LABELS = ("exceptions", "exception", "exceptions approved by", "exception approver", "approver",
                    "approved by", "exceptions after the freeze", "who approves exceptions")
NEGATOR = re.compile(r"\b(?:not|no|never|no longer|instead of|rather than|previously|originally|"
                     r"(?:mov|push|shift)\w*(?: \w+){0,3} (?:off|away from|from))\b|n't\b", re.I)
CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+|[;,]|:(?=\s)|\s[-–—]\s|\(|\)|\s(?:but|while|whereas)\s", re.I)
_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


# --- reading the forum through its web pages --------------------------------------------------------------

@dataclass
class Topic:
    id: int
    board: str
    author_id: int
    subject: str = ""
    content: str = ""
    sticky: bool = False
    locked: bool = False


def _session(base: str) -> requests.Session:
    login = admin()
    web = requests.Session()
    token = _TOKEN.search(web.get(f"{base}/login", timeout=30).text)
    if not token:
        raise AssertionError("no login form on the tracker")
    answer = web.post(f"{base}/login", timeout=30, allow_redirects=False, data={
        "authenticity_token": html.unescape(token.group(1)), "username": login.username, "password": login.password})
    if answer.status_code != 302 or "/login" in answer.headers.get("Location", ""):
        raise AssertionError(f"the tracker refused the administrator's web login (HTTP {answer.status_code})")
    return web


def _page(web: requests.Session, url: str) -> str:
    answer = web.get(url, timeout=30)
    if answer.status_code != 200:
        raise AssertionError(f"GET {url} answered HTTP {answer.status_code}")
    return answer.text


def _checked(form: str, name: str) -> bool:
    boxes = [tag for tag in re.findall(r"<input[^>]*>", form)
             if f'name="message[{name}]"' in tag and 'type="checkbox"' in tag]
    if not boxes:
        raise AssertionError(f"no {name} box on the topic's edit form")
    return any(re.search(r'\bchecked\b', tag) for tag in boxes)


def read_topics() -> list[Topic]:
    """Every topic of every FieldDay board, with its board, author, subject, raw text, sticky and locked."""
    base = Endpoints().url("tracker")
    web = _session(base)
    boards = re.findall(rf'href="/projects/{PROJECT}/boards/(\d+)">([^<]+)<', _page(web, f"{base}/projects/{PROJECT}/boards"))
    topics = []
    for board, name in dict(boards).items():
        listing = _page(web, f"{base}/projects/{PROJECT}/boards/{board}?per_page=100")
        for topic in dict.fromkeys(int(t) for t in re.findall(rf'href="/boards/{board}/topics/(\d+)"', listing)):
            head = _page(web, f"{base}/boards/{board}/topics/{topic}").partition('id="replies"')[0]
            author = re.search(r'Added by <a class="user[^"]*" href="/users/(\d+)"', head)
            form = _page(web, f"{base}/boards/{board}/topics/{topic}/edit")
            subject = re.search(r'<input[^>]*name="message\[subject\]"[^>]*>', form)
            value = re.search(r'value="([^"]*)"', subject.group(0)) if subject else None
            content = re.search(r'<textarea[^>]*name="message\[content\]"[^>]*>(.*?)</textarea>', form, re.DOTALL)
            topics.append(Topic(topic, html.unescape(name).strip(), int(author.group(1)) if author else 0,
                                html.unescape(value.group(1)).strip() if value else "",
                                html.unescape(content.group(1)).strip() if content else "",
                                _checked(form, "sticky"), _checked(form, "locked")))
    return topics


def kai_topics(topics: list[Topic]) -> list[Topic]:
    kai = TrackerClient(*admin()).user_id(examinee().username)
    return [t for t in topics if t.author_id == kai]


def the_notice(topics: list[Topic]) -> Topic | None:
    """Kai's one topic in Announcements whose subject names 4.13 and the freeze (None when none or several)."""
    found = [t for t in kai_topics(topics) if t.board == BOARD and "4.13" in t.subject
             and re.search(r"freez|frozen", t.subject, re.I)]
    return found[0] if len(found) == 1 else None


# --- reading the notice -----------------------------------------------------------------------------------

def _clauses(text: str) -> list[str]:
    return [c.strip() for c in CLAUSE_BREAK.split(text) if c and c.strip()]


@dataclass
class Moments:
    days: set[date]
    hours: set[tuple[int, int]]
    freeze_hours: set[tuple[int, int]]
    weekday_mismatch: bool


def read_moments(text: str) -> Moments:
    """The dates and times the notice states. A date after a negator in its clause ("moved from Thursday 12-03",
    "not Dec 3") is set aside with its times; a time belongs to the date before it in its clause (else the
    first date after it, else the last date stated); a weekday written in a clause with one date must be that
    date's weekday."""
    moments = Moments(set(), set(), set(), False)
    last: date | None = None
    for clause in _clauses(text):
        dated: list[tuple[int, int, date | None, bool]] = []  # start, end, day (None: not a real day), negated
        since = 0
        for mention in date_mentions(clause):
            negated = NEGATOR.search(clause[since:mention.start]) is not None
            since = mention.end
            try:
                day: date | None = date(mention.year or 2026, mention.month, mention.day)
            except ValueError:
                day = None
            dated.append((mention.start, mention.end, day, negated))
        kept = [d[2] for d in dated if d[2] is not None and not d[3]]
        weekdays = {w for _, w in weekday_mentions(clause)}
        if weekdays and len(kept) == 1 and weekdays != {kept[0].weekday()}:
            moments.weekday_mismatch = True
        if any(d[2] is None and not d[3] for d in dated):
            moments.weekday_mismatch = True  # an impossible date counts as a wrong one
        if dated:
            pieces = [(clause[:dated[0][0]], dated[0])]
            pieces += [(clause[d[1]:(dated[i + 1][0] if i + 1 < len(dated) else len(clause))], d)
                       for i, d in enumerate(dated)]
        else:
            pieces = [(clause, (0, 0, last, False))]
        for piece, (_, _, owner, negated) in pieces:
            if negated:
                continue
            for hour in times(piece):
                moments.hours.add(hour)
                if owner == FREEZE_DAY:
                    moments.freeze_hours.add(hour)
        moments.days.update(d for d in kept if d is not None)
        if kept:
            last = kept[-1]
    return moments


def freeze_right(text: str) -> bool:
    moments = read_moments(text)
    return (not moments.weekday_mismatch and FREEZE_DAY in moments.days and moments.days <= {FREEZE_DAY, RELEASE_DAY}
            and FREEZE_TIME in moments.freeze_hours and moments.hours <= {FREEZE_TIME, RELEASE_TIME}
            and moments.freeze_hours == {FREEZE_TIME})


def _people_in(text: str) -> set[str]:
    """People named (first name, last name or both) and not negated in their clause."""
    named = set()
    for key, parts in PEOPLE.items():
        for part in parts:
            for found in re.finditer(rf"(?<![^\W_]){part}(?![^\W_])", text, re.I):
                if not NEGATOR.search(text[:found.start()]):
                    named.add(key)
    return named


def approvers(text: str) -> set[str]:
    """Everyone the notice names as approving exceptions: in clauses about exceptions or approval, and in the
    first clause of the value of a line labelled as the exception approver."""
    named: set[str] = set()
    for clause in _clauses(text):
        if EXCEPTION.search(clause):
            named |= _people_in(clause)
    for value in labelled_values(text, *EXCEPTION_LABELS):
        first = _clauses(value)
        if first:
            named |= _people_in(first[0])
    return named


# --- checkpoints ------------------------------------------------------------------------------------------

@grader
def posted_in_announcements() -> bool:
    return the_notice(read_topics()) is not None


@grader
def pinned_and_locked() -> bool:
    notice = the_notice(read_topics())
    return notice is not None and notice.sticky and notice.locked


@grader
def freeze_moment() -> bool:
    notice = the_notice(read_topics())
    return notice is not None and freeze_right(f"{notice.subject}\n{notice.content}")


@grader
def exception_approver() -> bool:
    notice = the_notice(read_topics())
    return notice is not None and approvers(f"{notice.subject}\n{notice.content}") == {APPROVER}


@grader
def old_notice_unpinned() -> bool:
    old = [t for t in read_topics() if t.board == BOARD and t.subject == OLD_NOTICE]
    return len(old) == 1 and not old[0].sticky


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(posted_in_announcements())),
        Checkpoint(1, int(pinned_and_locked())),
        Checkpoint(1, int(freeze_moment())),
        Checkpoint(1, int(exception_approver())),
        Checkpoint(1, int(old_notice_unpinned())),
    ])
