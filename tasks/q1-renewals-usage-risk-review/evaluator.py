"""Grades the Q1 2027 renewal review: the question to Omar (chat), Kai's numbered answer comment and the CSV
attached to Hannah's issue (tracker).

The answer comment is Kai's latest comment on the issue that has numbered answers; it is cut into the blocks of
questions 1-4 ("1.", "1)", "Q1:", "**1.**", "### Question 1", ...). Each question is read from its own block only,
one answer per question: every value the block gives for a question must be the expected one (a hedge, a second
reading or a list of candidates fails). Account IDs in a sentence (or table row) that says the account is not at
risk, or that it was excluded, are cleared rather than listed.
"""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import amounts_in, is_about, same_share, says, sentences
from grading.clients.chat import login
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
PROJECT = "data-platform"
SUBJECT = "Q1 2027 renewals: usage review and at-risk accounts"
COMPANIES = {
    "1001": "Bluestem Heating & Cooling", "1002": "Platte Valley Plumbing", "1003": "Sandhills Electric",
    "1004": "Prairie Wind HVAC", "1005": "Cornhusker Lawn Pros", "1006": "Salt Creek Mechanical",
    "1007": "Flatwater Plumbing Co", "1008": "Pioneer Air Systems", "1009": "Red Cedar Landscaping",
    "1010": "Big Blue Electric", "1011": "Loess Hills Heating", "1012": "Niobrara Pipe & Drain",
    "1013": "Capitol Comfort Air", "1014": "Wahoo Electric Service", "1015": "Elkhorn Irrigation",
    "1016": "Republican River HVAC", "1017": "Bison Ridge Plumbing", "1018": "Golden Plains Electric",
    "1019": "Oak Creek Lawn & Tree", "1020": "Missouri Bend Mechanical", "1021": "Sunflower Air Care",
    "1022": "High Plains Drain Pros", "1023": "Harvest Moon Electric", "1024": "Twin Rivers Heating",
    "1025": "Meadowlark Landscapes", "1026": "Ogallala Plumbing", "1027": "Wildcat Electric",
    "1028": "Frontier Climate Control", "1029": "Keystone Lawn Care", "1030": "Homestead Plumbing & Heat",
    "1031": "Rail Yard Electric", "1032": "Chimney Rock HVAC", "1033": "Sod House Landscaping",
    "1034": "Big Sky Pipe Works", "1035": "Prairie Fire Electric", "1036": "Lone Tree Heating & Air"
}
UTILISATION = {"Starter": 100 * 18 / 38, "Pro": 100 * 107 / 193, "Enterprise": 100 * 184 / 290}  # 47.4 55.4 63.4
SHARE_TOLERANCE_PP = 0.06
JOBS_SEP, JOBS_OCT = 20301, 18456
JOBS_CHANGE = 100 * (JOBS_OCT - JOBS_SEP) / JOBS_SEP  # -9.09 %
LARGEST_DROP = "1011"  # Loess Hills Heating, 1,200 -> 840 (TG-DEMO, an internal tenant, fell by 1,650)
# Q1 2027 renewals: October utilisation (%) and at risk (Omar: utilisation < 40 %, or jobs down >= 30 %, or no
# October usage)
Q1_RENEWALS = {"1003": (25.0, True), "1007": (40.0, False), "1011": (72.0, True), "1015": (80.0, True),
               "1019": (0.0, True), "1022": (37.5, True), "1026": (100 * 11 / 15, False), "1029": (75.0, False),
               "1031": (80.0, False), "1034": (100 * 2 / 3, False)}
AT_RISK = {a for a, (_, risk) in Q1_RENEWALS.items() if risk}

ACCOUNT_ID = re.compile(r"(?<![\w-])FD-?A-?(\d{4})(?!\w)", re.IGNORECASE)
INTERNAL = re.compile(r"(?<![\w-])TG-(?:DEMO|QA)(?![\w-])", re.IGNORECASE)
_BLOCK_START = re.compile(
    r"^[ \t>]*(?:#{1,6}[ \t]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*(?:Q(?:uestion)?[ \t]*)?([1-4])[ \t]*(?:\*\*)?"
    r"[ \t]*[.):—–-](?!\d)", re.IGNORECASE | re.MULTILINE)
PLANS = ("Starter", "Pro", "Enterprise")
DECREASE = ("down", "decrease", "decreased", "drop", "dropped", "fell", "fall", "decline", "declined", "lower",
            "fewer", "less", "reduction", "shrank")
CLEARED = ("excluded", "exclude", "excluding", "internal", "not a customer", "not customers", "left out", "ignored",
           "not counted", "not at risk", "fine", "healthy", "safe", "ok")
_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")

_cache: dict[str, object] = {}


# ---- reading the answer ----

def blocks(text: str) -> dict[int, str]:
    """The answer blocks of questions 1-4 (the text after each number up to the next one)."""
    marks = list(_BLOCK_START.finditer(text))
    found: dict[int, str] = {}
    for mark, following in zip(marks, [*marks[1:], None], strict=True):
        number = int(mark.group(1))
        end = following.start() if following is not None else len(text)
        found[number] = found.get(number, "") + "\n" + text[mark.end():end]
    return found


def statements(block: str, *, commas: bool = False) -> list[str]:
    """Table rows and sentences of a block, each sentence cut again at ; (and, with ``commas``, at , outside
    numbers)."""
    found: list[str] = []
    for line in block.splitlines():
        stripped = line.strip()
        if not stripped or _TABLE_RULE.match(stripped):
            continue
        if stripped.startswith("|"):
            found.append(stripped)
            continue
        for sentence in sentences(stripped):
            cut = r";|(?<!\d),|,(?=\s)" if commas else r";"
            found.extend(p for p in re.split(cut, sentence) if p.strip())
    return found


def _shares(statement: str) -> list[float]:
    amounts = amounts_in(statement)
    percents = [a.value for a in amounts if a.percent]
    if percents:
        return percents
    return [a.value * 100 if abs(a.value) < 1 else a.value for a in amounts if not float(a.value).is_integer()]


def q1_ok(block: str) -> bool:
    given: dict[str, list[float]] = {plan: [] for plan in PLANS}
    for statement in statements(block, commas=True):
        named = [plan for plan in PLANS if re.search(rf"\b{plan}\b", statement, re.IGNORECASE)]
        if len(named) == 1:
            given[named[0]] += _shares(statement)
    return all(values and all(abs(v - UTILISATION[plan]) <= SHARE_TOLERANCE_PP + 1e-9 for v in values)
               for plan, values in given.items())


def q2_ok(block: str) -> bool:
    amounts = amounts_in(block)
    totals = {round(a.value) for a in amounts
              if not a.percent and abs(a.value) >= 1000 and a.value not in (2026.0, 2027.0)}
    changes = [a for a in amounts if a.percent]
    decreasing = all(a.value < 0 or says(block, *DECREASE) for a in changes)
    return (totals - {JOBS_SEP - JOBS_OCT, JOBS_OCT - JOBS_SEP} == {JOBS_SEP, JOBS_OCT} and bool(changes)
            and all(same_share(a, abs(JOBS_CHANGE), tolerance_pp=SHARE_TOLERANCE_PP) or
                    abs(a.value - JOBS_CHANGE) <= SHARE_TOLERANCE_PP for a in changes) and decreasing)


def _accounts(statement: str) -> set[str]:
    ids = {m.group(1) for m in ACCOUNT_ID.finditer(statement)}
    ids |= {a for a, name in COMPANIES.items() if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", statement, re.I)}
    if INTERNAL.search(statement):
        ids.add("internal")
    return ids


def _cleared(statement: str) -> bool:
    cells = [c.strip().strip("*").lower() for c in statement.strip().strip("|").split("|")] \
        if statement.strip().startswith("|") else []
    return (says(statement, "at risk", "at-risk", negated=True) or says(statement, *CLEARED)
            or any(c in ("no", "n", "false") for c in cells[1:]))


def named_accounts(block: str) -> set[str]:
    """Accounts the block names, except in statements that clear them (not at risk, excluded, ...)."""
    found: set[str] = set()
    for statement in statements(block):
        if not _cleared(statement):
            found |= _accounts(statement)
    return found


def q3_ok(block: str) -> bool:
    return named_accounts(block) == {LARGEST_DROP}


def q4_ok(block: str) -> bool:
    return named_accounts(block) == AT_RISK


# ---- the services ----

def _tracker() -> TrackerClient:
    return TrackerClient(*admin())


def _issue_id() -> int:
    issue = _tracker().find_issue(PROJECT, SUBJECT)
    if issue is None:
        raise ValueError("the issue is gone")
    return issue.id


def answer() -> dict[int, str]:
    """The blocks of Kai's latest comment with numbered answers."""
    if "answer" not in _cache:
        comments = [c.text for c in _tracker().issue(_issue_id()).comments if c.author == EXAMINEE and c.text]
        numbered = [blocks(text) for text in comments if len(blocks(text)) >= 2]
        _cache["answer"] = numbered[-1] if numbered else {}
    found = _cache["answer"]
    assert isinstance(found, dict)
    return found


def _block(number: int) -> str:
    block = answer().get(number)
    if block is None:
        raise ValueError(f"no answer {number}")
    return block


@grader
def asked_omar() -> bool:
    with login(*examinee()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages("omar.haddad") if m.sender == EXAMINEE)
    return is_about(text, "risk", "at-risk", "at risk", "threshold", "thresholds", "rule", "criteria")


@grader
def q1_answered() -> bool:
    return q1_ok(_block(1))


@grader
def q2_answered() -> bool:
    return q2_ok(_block(2))


@grader
def q3_answered() -> bool:
    return q3_ok(_block(3))


@grader
def q4_points() -> int:
    return 2 if q4_ok(_block(4)) else 0


def table_ok(text: str) -> bool:
    """The CSV has one row per Q1 renewal, each with its utilisation (a column named *util*) and at-risk flag
    (a column named *risk*: yes/y/true/1 or no/n/false/0)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [(h or "").strip() for h in reader.fieldnames or []]
    util = next((h for h in header if "util" in h.lower()), None)
    risk = next((h for h in header if "risk" in h.lower()), None)
    if util is None or risk is None:
        return False
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        cells = {(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
        ids = {m.group(1) for v in cells.values() for m in ACCOUNT_ID.finditer(v)}
        if len(ids) != 1 or next(iter(ids)) in rows:
            return False
        rows[next(iter(ids))] = cells
    if set(rows) != set(Q1_RENEWALS):
        return False
    for account, (expected_util, expected_risk) in Q1_RENEWALS.items():
        values = amounts_in(rows[account][util])
        flag = rows[account][risk].lower()
        if len(values) != 1 or not same_share(values[0], expected_util, tolerance_pp=0.06):
            return False
        if flag not in (("yes", "y", "true", "1", "at risk") if expected_risk else ("no", "n", "false", "0")):
            return False
    return True


@grader
def table_attached() -> bool:
    tracker = _tracker()
    issue = tracker._get(f"/issues/{_issue_id()}.json", include="attachments")["issue"]
    kai = tracker.user_id(EXAMINEE)
    tables = [a for a in issue.get("attachments", [])
              if a.get("author", {}).get("id") == kai and a["filename"].lower().endswith(".csv")]
    if not tables:
        return False
    latest = tables[-1]
    response = tracker._session.get(f"{tracker.base_url}/attachments/download/{latest['id']}/{latest['filename']}",
                                    timeout=tracker.timeout)
    response.raise_for_status()
    return table_ok(response.content.decode("utf-8", errors="replace"))


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_omar())),
        Checkpoint(1, int(q1_answered())),
        Checkpoint(1, int(q2_answered())),
        Checkpoint(1, int(q3_answered())),
        Checkpoint(2, int(q4_points() or 0)),
        Checkpoint(1, int(table_attached())),
    ])
