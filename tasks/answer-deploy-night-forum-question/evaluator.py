"""Grades Kai's answer to Felix in the FieldDay "Release planning" forum.

Forum messages have no REST API in Redmine 5.0: the grader reads them as the administrator through the web
pages (board listing, topic pages, and each message's edit form for its raw text).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

import requests

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import is_about
from grading.clients.tracker import TrackerClient
from grading.endpoints import Endpoints
from grading.reading import date_mentions, times, weekday_mentions

PROJECT = "fieldday"
BOARD = "Release planning"
TOPIC = "4.13 deploy night: can I schedule the database upgrade?"
DECISION = "4.13 production deploy window and the PostgreSQL upgrade"
DEPLOY_DAY, UPGRADE_DAY = date(2026, 12, 8), date(2026, 12, 10)
DEPLOY_TIMES, UPGRADE_TIMES = {(20, 0), (21, 0)}, {(21, 0), (22, 0)}
DEPLOY = re.compile(r"\b(?:deploy\w*|release[sd]?|4\.13|ship\w*|go(?:es)? live|goes out|roll(?:s|ing)? ?out)\b",
                    re.IGNORECASE)
UPGRADE = re.compile(r"\b(?:upgrade\w*|database|postgres(?:ql)?|db)\b", re.IGNORECASE)
NEGATOR = re.compile(r"\b(?:not|no|never|won'?t|isn'?t|aren'?t|instead of|rather than|(?:mov|push|shift)\w* "
                     r"(?:off|away from|from)|off)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+|[;,]|:(?=\s)|\s[-–—]\s|\s(?:and|but|while|whereas)\s", re.IGNORECASE)
TIME_RANGE = re.compile(r"\b(\d{1,2})(:\d{2})?\s*(?:-|–|—|to)\s*(\d{1,2})(:\d{2})?\s*([ap]\.?m\b\.?)", re.IGNORECASE)
TICKET = re.compile(r"(?<![\w&])#(\d+)\b|/issues/(\d+)|\b(?:ticket|issue)\s+(?:no\.?\s*|number\s*)?(\d+)\b",
                    re.IGNORECASE)
_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


# --- reading the forum through its web pages --------------------------------------------------------------

@dataclass
class Post:
    message_id: int
    topic_id: int
    author_id: int
    is_topic: bool
    text: str = ""


@dataclass
class Forum:
    board_id: int
    question_id: int | None
    posts: list[Post] = field(default_factory=list)


def _session(base: str) -> requests.Session:
    login = admin()
    web = requests.Session()
    page = web.get(f"{base}/login", timeout=30)
    token = _TOKEN.search(page.text)
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


def _raw_text(web: requests.Session, base: str, board: int, message: int) -> str:
    form = _page(web, f"{base}/boards/{board}/topics/{message}/edit")
    found = re.search(r'<textarea[^>]*name="message\[content\]"[^>]*>(.*?)</textarea>', form, re.DOTALL)
    return html.unescape(found.group(1)).strip() if found else ""


def read_forum() -> Forum:
    """Every message of the project's "Release planning" board, with its author and raw text."""
    base = Endpoints().url("tracker")
    web = _session(base)
    boards = re.findall(rf'href="/projects/{PROJECT}/boards/(\d+)">([^<]+)<', _page(web, f"{base}/projects/{PROJECT}/boards"))
    board = next(int(b) for b, name in boards if html.unescape(name).strip() == BOARD)
    listing = _page(web, f"{base}/projects/{PROJECT}/boards/{board}?per_page=100")
    topics = dict.fromkeys(int(t) for t in re.findall(rf'href="/boards/{board}/topics/(\d+)"', listing))
    forum = Forum(board, None)
    for topic in topics:
        page = _page(web, f"{base}/boards/{board}/topics/{topic}?per_page=100")
        head, _, replies = page.partition('id="replies"')
        subject = re.search(r"<h2[^>]*>(.*?)</h2>", head, re.DOTALL)
        if subject and html.unescape(re.sub(r"<[^>]+>", "", subject.group(1))).strip() == TOPIC:
            forum.question_id = topic
        author = re.search(r'Added by <a class="user[^"]*" href="/users/(\d+)"', head)
        forum.posts.append(Post(topic, topic, int(author.group(1)) if author else 0, True))
        for reply_id, block in re.findall(r'<div class="message reply" id="message-(\d+)">(.*?)</h4>', replies,
                                          re.DOTALL):
            by = re.search(r'Added by <a class="user[^"]*" href="/users/(\d+)"', block)
            forum.posts.append(Post(int(reply_id), topic, int(by.group(1)) if by else 0, False))
    kai = TrackerClient(*admin()).user_id(examinee().username)
    for post in forum.posts:
        if post.author_id == kai:
            post.text = _raw_text(web, base, board, post.message_id)
    forum.posts = [p for p in forum.posts if p.author_id == kai]
    return forum


def answer_text(forum: Forum) -> str:
    """Kai's replies in Felix's question topic, joined (read together: every reply must agree)."""
    return "\n\n".join(p.text for p in forum.posts if not p.is_topic and p.topic_id == forum.question_id)


# --- reading the answer -----------------------------------------------------------------------------------

def _expand_ranges(text: str) -> str:
    """"9-10 pm" -> "9 pm to 10 pm" (else "9-10" reads as a date and 9 has no am/pm)."""
    return TIME_RANGE.sub(lambda m: f"{m[1]}{m[2] or ''} {m[5]} to {m[3]}{m[4] or ''} {m[5]}", text)


@dataclass
class Reading:
    days: dict[str, set[date]] = field(default_factory=lambda: {"deploy": set(), "upgrade": set(), "none": set()})
    hours: dict[str, set[tuple[int, int]]] = field(default_factory=lambda: {"deploy": set(), "upgrade": set(),
                                                                            "none": set()})
    problems: list[str] = field(default_factory=list)


def read_answer(text: str) -> Reading:
    """Every date of the answer given to the topic it is written with (the nearest deploy or upgrade word before
    it in its clause, else after it, else the last topic named before outside a negated clause), and every time to the date of its clause
    (else the last date named). A date with a negator between it and the date before it in its clause ("no
    database work on Dec 8", "moved from Dec 8 to Dec 10": only Dec 8) is set aside, with its times. A weekday named with one date must be that date's."""
    reading = Reading()
    topic, last = "none", None
    for clause in (c.strip() for c in CLAUSE_BREAK.split(_expand_ranges(text)) if c and c.strip()):
        marks = [(m.start(), "deploy") for m in DEPLOY.finditer(clause)]
        marks += [(m.start(), "upgrade") for m in UPGRADE.finditer(clause)]
        kept, since = [], 0
        for mention in date_mentions(clause):
            negated = NEGATOR.search(clause[since:mention.start]) is not None
            since = mention.end
            try:
                day = date(mention.year or 2026, mention.month, mention.day)
            except ValueError:
                continue
            before = [m for m in marks if m[0] < mention.start]
            after = [m for m in marks if m[0] > mention.start]
            here = max(before)[1] if before else min(after)[1] if after else topic
            if negated:
                continue
            reading.days[here].add(day)
            kept.append((here, day))
        weekdays = {w for _, w in weekday_mentions(clause)}
        if weekdays and len(kept) == 1 and weekdays != {kept[0][1].weekday()}:
            reading.problems.append(f"weekday does not match {kept[0][1]}")
        if marks and not NEGATOR.search(clause):
            topic = max(marks)[1]
        if kept:
            last = kept[-1]
            topic = last[0]
        clock = times(clause)
        if clock and (kept or not date_mentions(clause)):
            owners = kept or ([last] if last else [])
            for owner, _ in owners:
                reading.hours[owner].update(clock)
    return reading


def deploy_right(text: str) -> bool:
    reading = read_answer(text)
    return (not reading.problems and reading.days["deploy"] == {DEPLOY_DAY}
            and reading.days["none"] <= {DEPLOY_DAY, UPGRADE_DAY}
            and (20, 0) in reading.hours["deploy"] and reading.hours["deploy"] <= DEPLOY_TIMES)


def upgrade_right(text: str) -> bool:
    reading = read_answer(text)
    return (not reading.problems and reading.days["upgrade"] == {UPGRADE_DAY}
            and reading.days["none"] <= {DEPLOY_DAY, UPGRADE_DAY}
            and (21, 0) in reading.hours["upgrade"] and reading.hours["upgrade"] <= UPGRADE_TIMES)


def tickets_cited(text: str) -> set[int]:
    return {int(next(g for g in m.groups() if g)) for m in TICKET.finditer(text)}


# --- checkpoints ------------------------------------------------------------------------------------------

@grader
def replied_in_thread() -> bool:
    forum = read_forum()
    if forum.question_id is None or any(p.is_topic for p in forum.posts):
        return False
    return is_about(answer_text(forum), "deploy", "upgrade", "database", "4.13", "release", minimum=2)


@grader
def deploy_window() -> bool:
    return deploy_right(answer_text(read_forum()))


@grader
def upgrade_night() -> bool:
    return upgrade_right(answer_text(read_forum()))


@grader
def decision_ticket() -> bool:
    found = TrackerClient(*admin()).find_issue(PROJECT, DECISION)
    if found is None:
        raise AssertionError("the seeded decision ticket is missing")
    return tickets_cited(answer_text(read_forum())) == {found.id}


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(replied_in_thread())),
        Checkpoint(1, int(deploy_window())),
        Checkpoint(1, int(upgrade_night())),
        Checkpoint(1, int(decision_ticket())),
    ])
