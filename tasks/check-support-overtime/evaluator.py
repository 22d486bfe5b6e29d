"""Grades the overtime check: the question to Grace, the check file's table and total, the corrections to Grace."""

from __future__ import annotations

import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import amounts_in, has_word, is_about, one_answer, parse_amount, same_amount, says
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
GRACE = "grace.liu"
CHECK = "Finance/Payroll/Overtime_Check_2026-11-30.md"
# correct overtime hours: per workweek, PTO counts toward 40, sick leave does not
CORRECT = {"Dana Whitcomb": 4, "Luis Ortega": 6, "Megan Holt": 0, "Tariq Nassar": 9, "Hollis Grant": 10}
ENTERED = {"Dana Whitcomb": 4, "Luis Ortega": 0, "Megan Holt": 8, "Tariq Nassar": 9, "Hollis Grant": 0}
TOTAL_PAY = 1002.00  # 4x21x1.5 + 6x22x1.5 + 9x23x1.5 + 10x24.5x1.5
PAY_LABELS = ("total overtime pay", "total overtime pay for the period", "overtime pay total", "total ot pay",
              "total overtime cost", "total overtime")


def _norm(text: str) -> str:
    """"6h" / "6hrs" -> "6 h" so the hours are read as numbers."""
    return re.sub(r"(\d)(h|hrs?|hours?)\b", r"\1 \2", text.replace("**", ""), flags=re.IGNORECASE)


def table_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """The header and body rows of the first markdown table that has a column of correct overtime hours."""
    lines = [ln.strip() for ln in text.splitlines()]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("|") and re.fullmatch(r"\|?[\s:|-]+\|?", lines[i + 1]):
            header = [c.strip().lower() for c in line.strip("|").split("|")]
            body = []
            for row in lines[i + 2:]:
                if not row.startswith("|"):
                    break
                body.append([c.strip() for c in row.strip("|").split("|")])
            if _correct_column(header) is not None:
                return header, body
    return [], []


def _correct_column(header: list[str]) -> int | None:
    """The column of correct overtime hours: named correct / should be / recalculated / verified / actual and
    hours / OT / overtime, not pay or an amount."""
    for index, cell in enumerate(header):
        if (re.search(r"correct|should|recalc|verified|actual|checked|per timesheet", cell)
                and re.search(r"hour|hrs|\bot\b|overtime", cell) and not re.search(r"pay|\$|usd|amount|cost", cell)):
            return index
    return None


_cache: dict[str, str] = {}


def check_text() -> str:
    if "text" not in _cache:
        _cache["text"] = _norm(FilesClient(*examinee()).download_text(CHECK))
    return _cache["text"]


def correct_hours(name: str) -> float | None:
    """The value in the correct-hours column of the one row naming the employee (None: none, several, unclear)."""
    header, body = table_rows(check_text())
    column = _correct_column(header)
    rows = [r for r in body if any(has_word(c, name) for c in r)]
    if column is None or len(rows) != 1 or column >= len(rows[0]):
        return None
    return parse_amount(rows[0][column])


def _kai_to_grace(*, after_reply: bool) -> str:
    with login(*admin()) as chat:
        messages = chat.direct_messages(GRACE, username=EXAMINEE)
    replies = [m.timestamp for m in messages if m.sender == GRACE]
    if after_reply and not replies:
        return ""
    return "\n".join(m.body for m in messages
                     if m.sender == EXAMINEE and (not after_reply or m.timestamp > min(replies)))


@grader
def asked_grace() -> bool:
    return is_about(_kai_to_grace(after_reply=False), "PTO", "paid time off", "sick", "leave")


def _right(name: str) -> bool:
    value = correct_hours(name)
    return value is not None and same_amount(value, CORRECT[name])


@grader
def leave_rule_rows() -> int:
    """Luis (PTO counts) and Megan (sick leave does not): the rows that need Grace's rule."""
    return int(_right("Luis Ortega")) + int(_right("Megan Holt"))


@grader
def weekly_rows() -> bool:
    """Dana, Tariq and Hollis (Hollis: 30 h then 50 h, so 10 h per workweek, not 0 over the period)."""
    return all(_right(name) for name in ("Dana Whitcomb", "Tariq Nassar", "Hollis Grant"))


def _labelled(text: str, labels: tuple[str, ...]) -> list[str]:
    values = []
    for line in text.splitlines():
        stripped = re.sub(r"^\s*(?:#{1,6}\s+|[-*+•]\s+)?", "", line.strip()).strip("|").strip()
        match = re.match(r"^(?P<label>[^:|]{1,80}?)\s*(?:\([^)]*\))?\s*[:|=]\s*(?P<value>.+)$", stripped)
        if match and match.group("label").strip().lower().rstrip(":") in labels:
            values.append(match.group("value").strip("| "))
    return values


@grader
def total_pay() -> bool:
    values = _labelled(check_text(), PAY_LABELS)
    return bool(values) and all(one_answer(v, TOTAL_PAY) for v in values)


_OLD_BEFORE = re.compile(r"(?:from|instead of|not|rather than|entered(?: as)?|was|had|has|lead put|put in)\s*:?\s*$",
                         re.IGNORECASE)
_OLD_AFTER = re.compile(r"^\s*(?:h\b|hrs?\b|hours?\b)?\s*(?:→|->|=>|to\b|should\b|is wrong|instead\b|entered\b)",
                        re.IGNORECASE)


def _gives(segment: str, name: str) -> bool:
    """The segment gives the correct hours, and the entered figure, if named, only as the old one."""
    right, old = CORRECT[name], ENTERED[name]
    found = amounts_in(segment)
    stated = any(same_amount(a.value, right) for a in found)
    if right == 0 and says(segment, "no overtime", "zero", "none", "nil"):
        stated = True
    old_marked = all(_OLD_BEFORE.search(segment[max(0, a.start - 20):a.start]) or _OLD_AFTER.match(segment[a.end:])
                     for a in found if same_amount(a.value, old))
    return stated and old_marked


@grader
def corrections_sent() -> bool:
    """After Grace's reply: Luis 6, Megan 0, Hollis 10, each on a line or sentence naming only that employee."""
    text = _norm(_kai_to_grace(after_reply=True))
    parts = [p for p in re.split(r"\n|;|(?<=[.!?])\s+", text) if p.strip()]
    for name in ("Luis Ortega", "Megan Holt", "Hollis Grant"):
        first = name.split()[0]
        mine = [p for p in parts if has_word(p, first)
                and not any(has_word(p, other.split()[0]) for other in CORRECT if other != name)]
        if not any(_gives(p, name) for p in mine):
            return False
    return True


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_grace())),
        Checkpoint(2, int(leave_rule_rows() or 0)),
        Checkpoint(1, int(weekly_rows())),
        Checkpoint(1, int(total_pay())),
        Checkpoint(1, int(corrections_sent())),
    ])
