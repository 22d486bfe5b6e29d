"""Grades the Data Analyst screening: screening.csv on the file share and the DM to Elena Popescu."""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, examinee, grader, llm_judge
from grading.answers import has_word, says, sentences
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
SCREENING = "HR/Recruiting/Data_Analyst_2026/screening.csv"
COLUMNS = ["applicant_id", "name", "decision", "reason"]
SHORTLIST = {"DA26-01", "DA26-06"}  # Aaliyah Porter, Wen Zhao
ALL_IDS = {f"DA26-0{i}" for i in range(1, 7)}
DECISIONS = {"shortlist": "shortlist", "shortlisted": "shortlist", "reject": "reject", "rejected": "reject"}

# The must-haves, as a reason names them (R only as a capital letter on its own).
MUST_HAVES: dict[str, re.Pattern[str]] = {
    "sql": re.compile(r"\bsql\b", re.IGNORECASE),
    "python_r": re.compile(r"(?i:\bpython\b)|(?<![\w-])R\b(?!&)"),
    "bi": re.compile(r"\bbi\b|tableau|power\s?bi|looker|metabase|visuali[sz]|dashboard", re.IGNORECASE),
    "work_authorisation": re.compile(r"visa|sponsor|h-?1b|authori[sz]|work permit|citizen|green card|"
                                     r"permanent resident", re.IGNORECASE),
    "hybrid": re.compile(r"remote|hybrid|on-?site|office|relocat|commut|lincoln|omaha", re.IGNORECASE),
}
# Words that make a clause claim a shortfall of the must-haves it names.
SHORTFALL = re.compile(
    r"\b(?:no|not|never|none|nor|lacks?|lacking|missing|without|fails?|failed|insufficient|less than|fewer than|"
    r"under|below|short of|only|needs?|needed|requires?|required|requiring|wants?|wanting|cannot|unable|"
    r"learning|except|too little|not enough)\b|n't\b", re.IGNORECASE)
# Phrases that mention a must-have as met, removed before reading a clause.
MET_PHRASES = re.compile(
    r"\bno\s+(?:visa\s+)?sponsorship\s+(?:needed|required|necessary)|\b(?:doesn't|does not|don't|do not|won't|"
    r"will not|wouldn't|would not)\s+(?:need|require)\s+(?:any\s+)?(?:visa\s+)?sponsorship|"
    r"(?<!not )(?<!n't )\bauthori[sz]ed to work\b[^.;]*?\bwithout\s+(?:visa\s+)?sponsorship", re.IGNORECASE)
CLAUSE_SPLIT = re.compile(r";|\s[—–]\s|\bbut\b|\bhowever\b|\bwhereas\b|,\s*(?:and|while)\b|\bwhile\b|\balthough\b",
                          re.IGNORECASE)
# Hector Ramirez's shortfall is the amount of SQL, not SQL itself: the clause must say how much.
SQL_AMOUNT = re.compile(r"year|yr|month|enough|sufficient|limited|too little|junior|intern|bootcamp|minimum",
                        re.IGNORECASE)

# rejected applicant -> (name, what the reason must convey, the must-haves they miss, those they meet)
REJECTIONS: dict[str, tuple[str, str, set[str]]] = {
    "DA26-02": ("Dmitri Volkov", "needs US visa sponsorship / has no US work authorisation",
                {"work_authorisation"}),
    "DA26-03": ("Hector Ramirez", "has less than the required 2 years of professional SQL experience (about one)",
                {"sql"}),
    "DA26-04": ("Ingrid Solberg", "cannot work hybrid from Lincoln/Omaha (wants a fully remote role)", {"hybrid"}),
    "DA26-05": ("Tyler Brennan", "lacks SQL experience (and Python/R and a BI tool)", {"sql", "python_r", "bi"}),
}
SHORTLISTED_NAMES = ["Aaliyah Porter", "Wen Zhao"]
REJECTED_NAMES = ["Dmitri Volkov", "Hector Ramirez", "Ingrid Solberg", "Tyler Brennan"]


def _rows() -> list[dict[str, str]]:
    text = FilesClient(*examinee()).download_text(SCREENING).lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if sorted(fields) != sorted(COLUMNS):
        raise ValueError(f"unexpected columns {reader.fieldnames}")
    return [{k.strip().lower(): (v or "").strip() for k, v in raw.items() if k} for raw in reader]


def _by_id(rows: list[dict[str, str]]) -> dict[str, dict[str, str] | None]:
    """applicant id -> its row; None for an id given more than once (a second row is a second answer)."""
    found: dict[str, dict[str, str] | None] = {}
    for row in rows:
        applicant = row["applicant_id"].upper()
        found[applicant] = None if applicant in found else row
    return found


def _decision(row: dict[str, str] | None) -> str:
    return DECISIONS.get((row or {}).get("decision", "").strip().lower(), "")


@grader
def decisions_points() -> int:
    rows = _by_id(_rows())
    correct = sum(_decision(rows.get(a)) == ("shortlist" if a in SHORTLIST else "reject") for a in ALL_IDS)
    correct -= len(set(rows) - ALL_IDS)
    return 2 if correct == 6 else 1 if correct == 5 else 0


def claimed_misses(reason: str) -> tuple[set[str], bool]:
    """The must-haves a reason says the applicant misses (clause by clause: a clause with a shortfall word claims
    every must-have it names), and whether a clause claiming SQL says how much SQL."""
    claimed: set[str] = set()
    sql_amount = False
    for sentence in sentences(reason):
        for clause in CLAUSE_SPLIT.split(sentence):
            clause = MET_PHRASES.sub(" ", clause)
            if not SHORTFALL.search(clause) and not re.search(r"remote[- ]only|fully remote|h-?1b", clause, re.I):
                continue
            named = {key for key, pattern in MUST_HAVES.items() if pattern.search(clause)}
            claimed |= named
            sql_amount |= "sql" in named and SQL_AMOUNT.search(clause) is not None
    return claimed, sql_amount


def reason_fallback(applicant: str, reason: str) -> bool:
    """The reason names a must-have this applicant misses, and claims no must-have they meet (a catch-all list
    of every must-have, or a keyword soup, claims some they meet)."""
    misses = REJECTIONS[applicant][2]
    claimed, sql_amount = claimed_misses(reason)
    if not claimed & misses or claimed - misses:
        return False
    return applicant != "DA26-03" or sql_amount


def _reason_ok(applicant: str, name: str, reason: str) -> bool:
    _, meaning, misses = REJECTIONS[applicant]
    met = ", ".join(sorted(set(MUST_HAVES) - misses)).replace("_", " ")
    content = f"Applicant {applicant} ({name}) was rejected. Reason given: {reason}"
    predicate = (f"The reason correctly says that the applicant {meaning}, and does not claim they miss a must-have "
                 f"they meet ({met}); a list of every must-have does not say which one they miss.")
    return llm_judge(content, predicate, fallback=lambda _: reason_fallback(applicant, reason))


@grader
def reasons_points() -> int:
    rows = _by_id(_rows())
    good = 0
    for applicant in REJECTIONS:
        row = rows.get(applicant)
        if row is not None and _decision(row) == "reject" and _reason_ok(applicant, row["name"], row["reason"]):
            good += 1
    return 2 if good == 4 else 1 if good == 3 else 0


def _kai_dm_text(partner: str) -> str:
    with login(*examinee()) as chat:
        messages = chat.direct_messages(partner)
    return "\n".join(m.body for m in messages if m.sender == EXAMINEE)


POSITIVE = ("shortlist", "shortlisted", "short list", "short-listed", "shortlisting", "move forward with",
            "moving forward with", "moving ahead with", "go ahead with", "invite", "invited", "interview",
            "interviews", "meet all", "meets all", "meet every", "meets every", "meet each", "meet the must-haves",
            "meets the must-haves", "meet the requirements", "meets the requirements", "passed", "passes",
            "qualified", "qualifies", "qualify", "recommend", "advance", "next round", "made the cut",
            "make the cut")
NEGATIVE = ("reject", "rejected", "rejecting", "rejection", "not moving forward", "not move forward",
            "not going forward", "not proceeding", "not progressing", "screened out", "decline", "declined",
            "turn down", "turned down", "pass on", "passing on", "ruled out", "rule out", "disqualified", "fail",
            "fails", "failed", "does not meet", "doesn't meet", "do not meet", "don't meet", "did not meet",
            "didn't meet", "not meet", "not shortlisted", "not a fit", "misses", "missing", "lacks", "lack",
            "other four", "remaining four", "the rest", "the others", "not eligible", "ineligible",
            "did not pass", "didn't pass", "do not pass", "don't pass", "not qualified", "unqualified",
            "sponsorship", "remote only", "remote-only", "fully remote", "no sql", "not enough", "only about",
            "only 1 year", "only one year", "without")
DM_CLAUSE_SPLIT = re.compile(r";|\s[—–]\s|\bbut\b|\bwhereas\b|,\s*(?:and|while)\b|\bwhile\b|\bhowever\b",
                             re.IGNORECASE)


def _polarity(clause: str) -> str:
    """'+' (presents as shortlisted), '-' (as rejected), '±' (both), '' (neither)."""
    positive = says(clause, *POSITIVE)
    negative = says(clause, *NEGATIVE) or says(clause, *POSITIVE, negated=True)
    return "±" if positive and negative else "+" if positive else "-" if negative else ""


def presented(text: str) -> dict[str, set[str]]:
    """For each applicant named in the message, how each mention presents them: the polarity of its clause; a
    clause that decides nothing takes the next clause's in the same sentence, else the one before it (so a
    "Shortlisted:" line carries over to the list under it)."""
    result: dict[str, set[str]] = {}
    previous = ""
    for sentence in sentences(text):
        clauses = [c for c in DM_CLAUSE_SPLIT.split(sentence) if c.strip()]
        own = [_polarity(c) for c in clauses]
        for index, clause in enumerate(clauses):
            polarity = own[index] or next((p for p in own[index + 1:] if p), "") or previous
            for name in SHORTLISTED_NAMES + REJECTED_NAMES:
                if has_word(clause, name) or has_word(clause, name.split()[1]):
                    result.setdefault(name, set()).add(polarity)
            previous = polarity
    return result


def dm_fallback(text: str) -> bool:
    """Porter and Zhao each presented as shortlisted and never otherwise; every rejected applicant named is
    presented as rejected only."""
    seen = presented(text)
    if any(seen.get(name) != {"+"} for name in SHORTLISTED_NAMES):
        return False
    return all(seen.get(name, {"-"}) == {"-"} for name in REJECTED_NAMES)


@grader
def elena_told() -> bool:
    text = _kai_dm_text("elena.popescu")
    if not text.strip():
        return False
    return llm_judge(text, "These messages tell the hiring manager that the shortlisted candidates are Aaliyah Porter "
                           "and Wen Zhao, present no other applicant as shortlisted or possibly shortlisted, and "
                           "present every other applicant they name as not moving forward.",
                     fallback=dm_fallback)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(2, int(decisions_points() or 0)),
        Checkpoint(2, int(reasons_points() or 0)),
        Checkpoint(1, int(elena_told())),
    ])
