"""Grades the Remote Work Policy v3 acknowledgements filed as People Operations documents, and Kai's comment.

Documents have no REST API in Redmine 5.0: the grader reads them as the administrator through the web pages
(the project's document list, each document's edit form for its title and category, its page for the attached
files, and the files' downloads). The comment is read through the REST API (administrator).
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

import requests

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import has_word, labelled_values
from grading.clients.tracker import TrackerClient
from grading.endpoints import Endpoints

PROJECT = "people-ops"
SEEDED_DOCUMENTS = 2  # the hook creates documents 1 and 2 (the policy and Kai's laptop acknowledgement)
CATEGORY = "Policy acknowledgements"
TICKET = "Remote Work Policy v3: collect the signed acknowledgements"
FORMS = Path("/utils/task/data/rendered/HR/Policies/Remote_Work_v3/Acknowledgements")
POLICY = Path("/utils/task/data/rendered/HR/Policies/Remote_Work_v3/Remote_Work_Policy_v3.pdf")
VALID = {"tomas": "Tomas Lindqvist", "chloe": "Chloe Tran", "grace": "Grace Liu", "marcus": "Marcus Webb"}
MISSING = {"lena": "Lena Fischer", "raj": "Raj Iyer"}  # Lena: no signature; Raj: the version 2 form
EVERYONE = VALID | MISSING
PENDING = re.compile(r"\b(?:still|missing|outstanding|pending|not yet|yet to|chase|re-?sign\w*|unsigned|blank|"
                     r"no signature|not signed|without (?:a )?signature|old|outdated|version 2|v2|wrong version|"
                     r"needs? to sign|has to sign|have to sign|must sign|to sign|not filed|didn'?t file|"
                     r"(?:could|can)(?:n'?t| not) (?:be )?file\w*|invalid|incomplete)\b", re.I)
PENDING_LABELS = ("still to sign", "still missing", "missing", "outstanding", "pending", "not signed", "to chase",
                  "needs to sign", "need to sign", "still need to sign", "not filed", "still to chase",
                  "missing acknowledgements", "outstanding acknowledgements", "not yet signed", "to re-sign")
CLAUSE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+|;")
DASH = re.compile(r"\s[-–—]\s")
_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


@dataclass
class Document:
    id: int
    title: str
    category: str
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
    """Every document of the project created after the hook's, with its title, category and attached files."""
    base = Endpoints().url("tracker")
    web = _session(base)
    listing = _get(web, f"{base}/projects/{PROJECT}/documents").text
    found = []
    for doc in sorted({int(d) for d in re.findall(r'href="/documents/(\d+)"', listing)}):
        if doc <= SEEDED_DOCUMENTS:
            continue
        form = _get(web, f"{base}/documents/{doc}/edit").text
        title = re.search(r'<input[^>]*name="document\[title\]"[^>]*>', form)
        value = re.search(r'value="([^"]*)"', title.group(0)) if title else None
        select = re.search(r'name="document\[category_id\]".*?</select>', form, re.DOTALL)
        chosen = re.search(r'<option selected="selected" value="\d+">([^<]+)<', select.group(0)) if select else None
        page = _get(web, f"{base}/documents/{doc}").text
        downloads = dict.fromkeys(re.findall(r'href="(/attachments/download/\d+/[^"]+)"', page))
        found.append(Document(doc, html.unescape(value.group(1)).strip() if value else "",
                              html.unescape(chosen.group(1)).strip() if chosen else "",
                              [_get(web, f"{base}{html.unescape(link)}").content for link in downloads]))
    return found


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def form_of(key: str) -> str:
    return _digest((FORMS / f"Ack_{EVERYONE[key].replace(' ', '_')}.pdf").read_bytes())


def named_in(title: str) -> set[str]:
    """The six people whose full name the title gives (whole words)."""
    return {key for key, name in EVERYONE.items() if has_word(title, name)}


def valid_filed(docs: list[Document]) -> int:
    """How many of the four valid forms are filed: exactly one document names the person and it holds exactly
    their signed form (and no document holds it under another name)."""
    count = 0
    for key in VALID:
        theirs = [d for d in docs if key in named_in(d.title)]
        holding = [d for d in docs if form_of(key) in {_digest(f) for f in d.files}]
        if (len(theirs) == 1 and named_in(theirs[0].title) == {key} and [_digest(f) for f in theirs[0].files]
                == [form_of(key)] and holding == theirs):
            count += 1
    return count


def invalid_filed(docs: list[Document]) -> bool:
    """Some document names Lena or Raj, or holds their form or the policy itself."""
    banned = {form_of(k) for k in MISSING} | {_digest(POLICY.read_bytes())}
    return any(named_in(d.title) & set(MISSING) or {_digest(f) for f in d.files} & banned for d in docs)


def title_right(title: str) -> bool:
    return (re.search(r"remote\s*work", title, re.I) is not None and re.search(r"acknowledg", title, re.I) is not None
            and len(named_in(title)) == 1)


def _people(text: str) -> set[str]:
    return {key for key, name in EVERYONE.items()
            if has_word(text, name) or has_word(text, name.split()[0]) or has_word(text, name.split()[1])}


def _clauses(text: str) -> list[str]:
    """Sentences and lines, cut at ";" and at a dash whose both sides name someone ("Tomas filed - Lena missing";
    "Lena - not signed" stays whole)."""
    result = []
    for sentence in (c.strip() for c in CLAUSE_BREAK.split(text) if c and c.strip()):
        parts: list[str] = []
        for part in DASH.split(sentence):
            if parts and not _people(part):
                parts[-1] = f"{parts[-1]} - {part}"
            else:
                parts.append(part)
        result += parts
    return result


def pending_people(text: str) -> set[str]:
    """Everyone the comment names as still to sign: in clauses about missing, unsigned or outdated forms, and in
    the values of lines labelled as the people still to sign."""
    named: set[str] = set()
    for clause in _clauses(text):
        if PENDING.search(clause):
            named |= _people(clause)
    for value in labelled_values(text, *PENDING_LABELS):
        named |= _people(value)
    return named


# --- checkpoints ------------------------------------------------------------------------------------------

@grader
def filed_in_category() -> bool:
    docs = new_documents()
    return bool(docs) and all(d.category == CATEGORY for d in docs)


@grader
def signed_forms_filed() -> int:
    return 2 if valid_filed(new_documents()) == len(VALID) else 0


@grader
def invalid_forms_left_out() -> bool:
    docs = new_documents()
    return valid_filed(docs) >= 1 and not invalid_filed(docs)


@grader
def titled_like_the_others() -> bool:
    docs = new_documents()
    return bool(docs) and all(title_right(d.title) for d in docs)


@grader
def missing_people_reported() -> bool:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue(PROJECT, TICKET)
    if issue is None:
        raise AssertionError("the seeded acknowledgements ticket is missing")
    kai = examinee().username
    text = "\n\n".join(c.text for c in issue.comments if c.author == kai and c.text.strip())
    return bool(text) and pending_people(text) == set(MISSING)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(filed_in_category())),
        Checkpoint(2, int(signed_forms_filed())),
        Checkpoint(1, int(invalid_forms_left_out())),
        Checkpoint(1, int(titled_like_the_others())),
        Checkpoint(1, int(missing_people_reported())),
    ])
