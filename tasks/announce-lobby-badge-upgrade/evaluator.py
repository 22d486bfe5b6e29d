"""Grades Kai's announcement of the lobby badge-reader work in the IT Operations forum "Office and building".

Forum messages have no REST API in Redmine 5.0: the grader signs in as the administrator through the login form
and reads the board's pages (topic listing, topic pages for the author, each topic's edit form for its raw
subject and text). The announcement is Kai's only topic in the board (two topics earn nothing).

Dates and times are read in any common form (2026-12-12, 12-12, Dec 12, December 12th; 08:00, 8 am, noon).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import requests

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import is_about, sentence_with, sentences
from grading.clients.tracker import TrackerClient
from grading.endpoints import Endpoints
from grading.reading import date_mentions, times, weekday_mentions

PROJECT, BOARD = "it-ops", "Office and building"
WORK_DAYS, OLD_DAYS = {(12, 12), (12, 13)}, {(12, 5), (12, 6)}
HANDOUT_DAY, BUILDING_DAY = (12, 11), (12, 14)
HANDOUT = re.compile(r"\b(?:hand(?:s|ed|ing)?[- ]?outs?|pick(?:s|ed|ing)?[- ]?up|pickup|collect\w*|swap\w*|exchang\w*"
                     r"|new badges?|get (?:your|their|the) (?:new )?badges?|distribut\w*|issued?)\b", re.IGNORECASE)
ACCESS = re.compile(r"\b(?:lobby|entrance|door|building|open|access|guard|get in)\b", re.IGNORECASE)
PLACE = re.compile(r"\badmin(?:istration)? desk\b|\bsuite 300\b", re.IGNORECASE)
NEGATOR = re.compile(r"\b(?:not|no|never|don'?t|instead of|rather than|won'?t|isn'?t)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\bbut\b", re.IGNORECASE)
OLD_BADGE = ("old badge", "old badges", "current badge", "current badges", "old one", "existing badge",
             "existing badges", "old card", "old cards")
RETURN = ("bring", "return", "returned", "hand in", "hand it in", "swap", "swapped", "exchange", "exchanged",
          "give back", "drop off", "turn in", "trade", "trade in")
_ORD = r"(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|/|to|and|&)\s*"
DAY_RANGE = re.compile(rf"\b(?:dec(?:ember)?\.?\s+(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD}\b"
                       rf"|(\d{{1,2}}){_ORD}{_TO}(\d{{1,2}}){_ORD}\s+(?:of\s+)?dec(?:ember)?\b)", re.IGNORECASE)
SUPERSEDED = re.compile(r"\b(?:moved?|moving|replac\w*|original\w*|previous\w*|first notice|no longer|not|"
                        r"instead of|postponed|rescheduled|pushed back|superseded|cancell?ed)\b", re.IGNORECASE)
_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


@dataclass
class Topic:
    topic_id: int
    author_id: int
    subject: str = ""
    text: str = ""


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


def kai_topics() -> list[Topic]:
    """Kai's topics in the board, with their raw subject and text (from each topic's edit form)."""
    base = Endpoints().url("tracker")
    web = _session(base)
    forum = _page(web, f"{base}/projects/{PROJECT}/boards")
    boards = re.findall(rf'href="/projects/{PROJECT}/boards/(\d+)">([^<]+)<', forum)
    board = next(int(b) for b, name in boards if html.unescape(name).strip() == BOARD)
    listing = _page(web, f"{base}/projects/{PROJECT}/boards/{board}?per_page=100")
    kai = TrackerClient(*admin()).user_id(examinee().username)
    found = []
    for topic in dict.fromkeys(int(t) for t in re.findall(rf'href="/boards/{board}/topics/(\d+)"', listing)):
        head = _page(web, f"{base}/boards/{board}/topics/{topic}").partition('id="replies"')[0]
        author = re.search(r'Added by <a class="user[^"]*" href="/users/(\d+)"', head)
        if not author or kai != int(author.group(1)):
            continue
        form = _page(web, f"{base}/boards/{board}/topics/{topic}/edit")
        subject = re.search(r'name="message\[subject\]"[^>]*value="([^"]*)"', form)
        content = re.search(r'<textarea[^>]*name="message\[content\]"[^>]*>(.*?)</textarea>', form, re.DOTALL)
        found.append(Topic(topic, kai, html.unescape(subject.group(1)) if subject else "",
                           html.unescape(content.group(1)).strip() if content else ""))
    return found


def announcement() -> str | None:
    """Subject and text of Kai's only topic in the board; None when Kai started none or several."""
    topics = kai_topics()
    return f"{topics[0].subject}\n\n{topics[0].text}" if len(topics) == 1 else None


def _days(text: str) -> set[tuple[int, int]]:
    """Every (month, day) named, ranges included ("Dec 12-13", "12-13 December": both days)."""
    days = {(m.month, m.day) for m in date_mentions(text)}
    for match in DAY_RANGE.finditer(text):
        first, last = (int(g) for g in (match.groups()[:2] if match.group(1) else match.groups()[2:]))
        if 1 <= first <= last <= 31 and last - first <= 3:
            days |= {(12, d) for d in range(first, last + 1)}
    return days


OLD_HOUR = re.compile(r"\b(?:13[:h]00|1(?::00)?\s*p\.?m\b\.?)", re.IGNORECASE)


def _current(text: str) -> str:
    """``text`` with the superseded plan blanked out where it is set aside as such: an old date (Dec 5/6, also in
    a range) or the old closing hour (13:00) preceded in its sentence by a cue ("moved from Dec 5-6", "the first
    notice said ...", "not 9 am - 1 pm")."""
    kept = []
    for sentence in sentences(text):
        spans = [(m.start, m.end) for m in date_mentions(sentence) if (m.month, m.day) in OLD_DAYS]
        spans += [m.span() for m in DAY_RANGE.finditer(sentence) if _days(m.group(0)) & OLD_DAYS]
        spans += [m.span() for m in OLD_HOUR.finditer(sentence)]
        for begin, end in sorted(spans, reverse=True):
            if SUPERSEDED.search(sentence[:begin]):
                sentence = sentence[:begin] + " " * (end - begin) + sentence[end:]
        kept.append(sentence)
    return "\n".join(kept)


def _negated(sentence: str, position: int) -> bool:
    before = sentence[:position]
    breaks = list(CLAUSE_BREAK.finditer(before))
    return NEGATOR.search(before[breaks[-1].end():] if breaks else before) is not None


def about_the_work(text: str) -> bool:
    return is_about(text, "badge", "badges", "badge readers", "lobby", "access", "entrance", minimum=2)


def work_ok(text: str) -> bool:
    """Dec 12 and 13 named; the first notice's weekend (Dec 5/6) and hours (13:00) nowhere outside sentences that
    set them aside as superseded, and a sentence about getting in that gives 08:00 and 16:00."""
    text = _current(text)
    days = _days(text)
    hours_said = any(ACCESS.search(s) and {(8, 0), (16, 0)} <= set(times(s)) for s in sentences(text))
    return days >= WORK_DAYS and not days & OLD_DAYS and (13, 0) not in times(text) and hours_said


def _handout_day_ok(sentence: str) -> bool:
    days = {(m.month, m.day) for m in date_mentions(sentence)}
    fridays = [w for _, w in weekday_mentions(sentence)]
    return HANDOUT_DAY in days or (not days and 4 in fridays)


def handout_ok(text: str) -> bool:
    """A hand-out sentence gives Friday Dec 11, 09:00 and the admin desk; no hand-out sentence offers Monday Dec 14
    (unless negated: "not Monday"); a sentence tells people to bring/return their old badge."""
    handout = [s for s in sentences(text) if HANDOUT.search(s)]
    stated = any(_handout_day_ok(s) and (9, 0) in times(s) and PLACE.search(s) for s in handout)
    monday = any(any((m.month, m.day) == BUILDING_DAY and not _negated(s, m.start) for m in date_mentions(s))
                 or any(w == 0 and not _negated(s, at) for at, w in weekday_mentions(s)) for s in handout)
    old_badge = sentence_with(text, OLD_BADGE, RETURN) is not None
    return stated and not monday and old_badge


@grader
def posted_in_forum() -> bool:
    text = announcement()
    return text is not None and about_the_work(text)


@grader
def work_and_access() -> bool:
    text = announcement()
    return text is not None and work_ok(text)


@grader
def badge_handout() -> bool:
    text = announcement()
    return text is not None and handout_ok(text)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(posted_in_forum())),
        Checkpoint(1, int(work_and_access())),
        Checkpoint(1, int(badge_handout())),
    ])
