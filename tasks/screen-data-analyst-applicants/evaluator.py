"""Grades the Data Analyst screening: screening.csv on the file share and the DM to Elena Popescu."""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, examinee, grader, llm_judge
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
SCREENING = "HR/Recruiting/Data_Analyst_2026/screening.csv"
COLUMNS = ["applicant_id", "name", "decision", "reason"]
SHORTLIST = {"DA26-01", "DA26-06"}  # Aaliyah Porter, Wen Zhao
ALL_IDS = {f"DA26-0{i}" for i in range(1, 7)}

# rejected applicant -> (what the reason must convey, deterministic fallback pattern(s), all must match)
REJECTIONS: dict[str, tuple[str, list[str]]] = {
    "DA26-02": ("needs US visa sponsorship / has no US work authorisation",
                [r"visa|sponsor|work(ing)?[ -]?(authori[sz]ation|permit)|authori[sz]ed|authori[sz]ation"]),
    "DA26-03": ("has less than the required 2 years of professional SQL experience",
                [r"\bsql\b", r"year|experience|junior|intern|bootcamp|\b1\b|\bone\b"]),
    "DA26-04": ("cannot work hybrid from Lincoln/Omaha (wants a fully remote role)",
                [r"remote|hybrid|on[- ]?site|office|relocat|commut"]),
    "DA26-05": ("lacks the required SQL experience (and/or Python/R, and/or a BI tool)",
                [r"\bsql\b|python|\br\b|\bbi\b|tableau|power ?bi|looker|metabase"]),
}
SHORTLISTED_NAMES = ["Porter", "Zhao"]
REJECTED_NAMES = ["Volkov", "Ramirez", "Solberg", "Brennan"]
NEGATIVE = r"reject|not (meet|pass|qualif|shortlist|move)|did ?n[o']t|does ?n[o']t|screened out|declin|won'?t|fail"


def _rows() -> dict[str, dict[str, str]]:
    text = FilesClient(*examinee()).download_text(SCREENING).lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if fields[:4] != COLUMNS:
        raise ValueError(f"unexpected columns {reader.fieldnames}")
    rows: dict[str, dict[str, str]] = {}
    for raw in reader:
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        rows[row["applicant_id"].upper()] = row
    return rows


@grader
def decisions_points() -> int:
    rows = _rows()
    correct = 0
    for applicant in ALL_IDS:
        decision = rows.get(applicant, {}).get("decision", "").lower()
        expected = "shortlist" if applicant in SHORTLIST else "reject"
        correct += decision == expected
    if set(rows) - ALL_IDS:
        correct -= 1
    return 2 if correct == 6 else 1 if correct == 5 else 0


def _reason_ok(applicant: str, name: str, reason: str) -> bool:
    meaning, patterns = REJECTIONS[applicant]
    content = f"Applicant {applicant} ({name}) was rejected. Reason given: {reason}"
    predicate = f"The reason correctly says that the applicant {meaning}."
    return llm_judge(content, predicate,
                     fallback=lambda _: all(re.search(p, reason, re.IGNORECASE) for p in patterns))


@grader
def reasons_points() -> int:
    rows = _rows()
    good = 0
    for applicant in REJECTIONS:
        row = rows.get(applicant)
        if row and row.get("decision", "").lower() == "reject" and _reason_ok(applicant, row["name"], row["reason"]):
            good += 1
    return 2 if good == 4 else 1 if good == 3 else 0


def _kai_dm_text(partner: str) -> str:
    with login(*examinee()) as chat:
        messages = chat.direct_messages(partner)
    return "\n".join(m.body for m in messages if m.sender == EXAMINEE)


def _dm_fallback(text: str) -> bool:
    if not all(name.lower() in text.lower() for name in SHORTLISTED_NAMES):
        return False
    mentions_rejected = any(name.lower() in text.lower() for name in REJECTED_NAMES)
    return not mentions_rejected or re.search(NEGATIVE, text, re.IGNORECASE) is not None


@grader
def elena_told() -> bool:
    text = _kai_dm_text("elena.popescu")
    if not text.strip():
        return False
    return llm_judge(text, "These messages tell the hiring manager that the shortlisted candidates are Aaliyah Porter "
                           "and Wen Zhao, and do not present any other applicant as shortlisted.",
                     fallback=_dm_fallback)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(2, int(decisions_points() or 0)),
        Checkpoint(2, int(reasons_points() or 0)),
        Checkpoint(1, int(elena_told())),
    ])
