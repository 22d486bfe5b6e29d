"""Grades the 2027 benefits summary filed as a Document of People Operations on the tracker.

Documents have no REST API in Redmine 5.0: the grader reads them as the administrator through the web pages
(the project's document list, each document's edit form for its title, category and raw description, its page
for the attached files, and the files' downloads).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import requests

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, sentences
from grading.endpoints import Endpoints
from grading.reading import date_mentions

PROJECT = "people-ops"
SEEDED_DOCUMENTS = 2  # the hook creates documents 1 and 2 (last year's summary and a policy)
CATEGORY = "Benefits"
APPROVED = Path("/utils/task/data/rendered/HR/Benefits/2027/Benefits_Summary_2027_v2.pdf")
ENROLLMENT = {date(2026, 12, 1), date(2026, 12, 11)}
ALLOWED_DAYS = ENROLLMENT | {date(2027, 1, 1), date(2026, 11, 24)}  # effective day, approval day
MATCH, MATCH_2026 = 5.0, 4.0
RETIREMENT = re.compile(r"401\s*\(?k\)?|retirement|match", re.IGNORECASE)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY_RANGE = re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until|till)\s*"
                       rf"(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:/-]\d)", re.IGNORECASE)
_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


@dataclass
class Document:
    id: int
    title: str
    category: str
    description: str
    files: list[bytes]


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


def _get(web: requests.Session, url: str) -> requests.Response:
    answer = web.get(url, timeout=30)
    if answer.status_code != 200:
        raise AssertionError(f"GET {url} answered HTTP {answer.status_code}")
    return answer


def new_documents() -> list[Document]:
    """Every document of the project created after the hook's, with its fields and attached files."""
    base = Endpoints().url("tracker")
    web = _session(base)
    listing = _get(web, f"{base}/projects/{PROJECT}/documents").text
    found = []
    for doc in sorted({int(d) for d in re.findall(r'href="/documents/(\d+)"', listing)}):
        if doc <= SEEDED_DOCUMENTS:
            continue
        form = _get(web, f"{base}/documents/{doc}/edit").text
        title = re.search(r'name="document\[title\]"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="document\[title\]"',
                          form)
        select = re.search(r'name="document\[category_id\]".*?</select>', form, re.DOTALL)
        chosen = re.search(r'<option selected="selected" value="\d+">([^<]+)<', select.group(0)) if select else None
        text = re.search(r'<textarea[^>]*name="document\[description\]"[^>]*>(.*?)</textarea>', form, re.DOTALL)
        page = _get(web, f"{base}/documents/{doc}").text
        downloads = dict.fromkeys(re.findall(r'href="(/attachments/download/\d+/[^"]+)"', page))
        found.append(Document(
            doc, html.unescape(next((g for g in (title.groups() if title else ()) if g), "")).strip(),
            html.unescape(chosen.group(1)).strip() if chosen else "",
            html.unescape(text.group(1)).strip() if text else "",
            [_get(web, f"{base}{html.unescape(link)}").content for link in downloads]))
    return found


def the_document() -> Document | None:
    """The one new document titled as the 2027 benefits summary (None when there is none or several)."""
    matching = [d for d in new_documents()
                if "2027" in d.title and re.search(r"benefit", d.title, re.I) and not re.search(r"draft", d.title, re.I)]
    return matching[0] if len(matching) == 1 else None


def _expand(text: str) -> str:
    """"December 1-11" -> "December 1 - December 11" (else the second day has no month)."""
    return DAY_RANGE.sub(lambda m: f"{m[1]} {m[2]} - {m[1]} {m[3]}", text)


def enrollment_right(description: str) -> bool:
    """The description states the window: December 1 and December 11 (2026) are among its dates, in a sentence
    about enrollment for the 11th, and it names no day but those, 2027-01-01 and 2026-11-24."""
    text = _expand(description)
    days = set()
    for mention in date_mentions(text):
        year = mention.year or (2027 if mention.month == 1 else 2026)
        try:
            days.add(date(year, mention.month, mention.day))
        except ValueError:
            return False
    stated = any(re.search(r"enrol", s, re.I) and any((m.month, m.day) == (12, 11) for m in date_mentions(s))
                 for s in sentences(text))
    return ENROLLMENT <= days <= ALLOWED_DAYS and stated


def match_right(description: str) -> bool:
    """The sentences about the 401(k) match give 5% and no percent but 5% and last year's 4%."""
    about = [s for s in sentences(description) if RETIREMENT.search(s)]
    percents = [a.value for s in about for a in amounts_in(re.sub(r"401\s*\(?k\)?", "", s, flags=re.I))
                if a.percent]
    return MATCH in percents and set(percents) <= {MATCH, MATCH_2026}


@grader
def filed_in_category() -> bool:
    doc = the_document()
    return doc is not None and doc.category == CATEGORY


@grader
def approved_file_attached() -> bool:
    doc = the_document()
    wanted = hashlib.sha256(APPROVED.read_bytes()).hexdigest()
    return doc is not None and [hashlib.sha256(f).hexdigest() for f in doc.files] == [wanted]


@grader
def enrollment_window() -> bool:
    doc = the_document()
    return doc is not None and enrollment_right(doc.description)


@grader
def retirement_match() -> bool:
    doc = the_document()
    return doc is not None and match_right(doc.description)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(filed_in_category())),
        Checkpoint(1, int(approved_file_attached())),
        Checkpoint(1, int(enrollment_window())),
        Checkpoint(1, int(retirement_match())),
    ])
