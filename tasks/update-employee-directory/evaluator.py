"""Grades the directory update: HR/Employee_Directory.csv, Documents/Org_Chart.md and the people-ops ticket."""

# ruff: noqa: E501  (the seeded directory below is kept verbatim)
from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, admin, examinee, grader
from grading.answers import exactly_one, has_word, is_about
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

EXAMINEE = "kai.morgan"
DIRECTORY = "HR/Employee_Directory.csv"
ORG_CHART = "Documents/Org_Chart.md"
TICKET = "Employee directory: December changes (new hire, title change)"

ORIGINAL = """\
employee_id,full_name,username,email,department,title,manager,location,start_date,phone
TG-0001,Daniel Reyes,daniel.reyes,daniel.reyes@tallgrass.test,Executive,Chief Technology Officer and Co-founder,Margaret Okafor,"Lincoln, NE (office)",2017-03-01,+1 402 555 0201
TG-0002,Margaret Okafor,margaret.okafor,margaret.okafor@tallgrass.test,Executive,Chief Executive Officer and Co-founder,,"Lincoln, NE (office)",2017-03-01,+1 402 555 0202
TG-0003,Victor Mendes,victor.mendes,victor.mendes@tallgrass.test,Finance,Financial Controller,Margaret Okafor,"Lincoln, NE (office)",2018-04-16,+1 402 555 0203
TG-0004,Tomas Lindqvist,tomas.lindqvist,tomas.lindqvist@tallgrass.test,Engineering,Senior Backend Engineer,Priya Natarajan,"Minneapolis, MN (remote)",2018-09-03,+1 402 555 0204
TG-0005,Hannah Brooks,hannah.brooks,hannah.brooks@tallgrass.test,Product,Head of Product,Margaret Okafor,"Lincoln, NE (office)",2019-01-07,+1 402 555 0205
TG-0006,Rachel Kim,rachel.kim,rachel.kim@tallgrass.test,HR,Head of People,Margaret Okafor,"Lincoln, NE (office)",2019-05-20,+1 402 555 0206
TG-0007,Nina Petrova,nina.petrova,nina.petrova@tallgrass.test,Admin,Office Manager,Margaret Okafor,"Lincoln, NE (office)",2019-10-01,+1 402 555 0207
TG-0008,Priya Natarajan,priya.natarajan,priya.natarajan@tallgrass.test,Engineering,Engineering Manager,Daniel Reyes,"Lincoln, NE (office)",2020-06-15,+1 402 555 0208
TG-0009,Grace Liu,grace.liu,grace.liu@tallgrass.test,Finance,Senior Accountant,Victor Mendes,"Lincoln, NE (office)",2020-09-01,+1 402 555 0209
TG-0010,Felix Wagner,felix.wagner,felix.wagner@tallgrass.test,Admin,IT Administrator,Daniel Reyes,"Lincoln, NE (office)",2021-01-11,+1 402 555 0210
TG-0011,Ben Kowalski,ben.kowalski,ben.kowalski@tallgrass.test,Engineering,Frontend Engineer,Priya Natarajan,"Omaha, NE (hybrid)",2021-04-12,+1 402 555 0211
TG-0012,Elena Popescu,elena.popescu,elena.popescu@tallgrass.test,Data,Lead Data Scientist,Daniel Reyes,"Lincoln, NE (office)",2021-06-01,+1 402 555 0212
TG-0013,Marcus Webb,marcus.webb,marcus.webb@tallgrass.test,Engineering,DevOps Engineer,Priya Natarajan,"Denver, CO (remote)",2021-10-04,+1 402 555 0213
TG-0014,Aisha Bello,aisha.bello,aisha.bello@tallgrass.test,Engineering,Backend Engineer,Priya Natarajan,"Lincoln, NE (office)",2022-02-07,+1 402 555 0214
TG-0015,Sofia Alvarez,sofia.alvarez,sofia.alvarez@tallgrass.test,Engineering,QA Engineer,Priya Natarajan,"Lincoln, NE (office)",2022-11-14,+1 402 555 0215
TG-0016,Lena Fischer,lena.fischer,lena.fischer@tallgrass.test,Product,Product Designer,Hannah Brooks,"Lincoln, NE (hybrid)",2023-01-09,+1 402 555 0216
TG-0017,Raj Iyer,raj.iyer,raj.iyer@tallgrass.test,Data,Data Analyst,Elena Popescu,"Omaha, NE (hybrid)",2023-05-15,+1 402 555 0217
TG-0018,Chloe Tran,chloe.tran,chloe.tran@tallgrass.test,Engineering,Frontend Engineer (Mobile),Priya Natarajan,"Kansas City, MO (remote)",2023-08-21,+1 402 555 0218
TG-0019,Omar Haddad,omar.haddad,omar.haddad@tallgrass.test,Product,Product Manager,Hannah Brooks,"Lincoln, NE (office)",2024-03-04,+1 402 555 0219
TG-0020,Jordan Ellis,jordan.ellis,jordan.ellis@tallgrass.test,HR,Recruiter and HR Generalist,Rachel Kim,"Lincoln, NE (hybrid)",2024-07-08,+1 402 555 0220
TG-0021,Maya Johnson,maya.johnson,maya.johnson@tallgrass.test,Data,Data Engineer,Elena Popescu,"Lincoln, NE (office)",2024-09-09,+1 402 555 0221
TG-0022,Samuel Osei,samuel.osei,samuel.osei@tallgrass.test,Finance,Staff Accountant (Accounts Payable),Victor Mendes,"Lincoln, NE (hybrid)",2025-02-03,+1 402 555 0222
TG-0023,Kai Morgan,kai.morgan,kai.morgan@tallgrass.test,Admin,Operations Associate,Nina Petrova,"Lincoln, NE (office)",2026-11-16,+1 402 555 0223
"""
NEW_HIRE = {
    "employee_id": "TG-0024", "full_name": "Theo Nakamura", "username": "theo.nakamura",
    "email": "theo.nakamura@tallgrass.test", "department": "Admin", "title": "IT Support Technician",
    "manager": "Felix Wagner", "location": "Lincoln, NE (office)", "start_date": "2026-12-07",
    "phone": "+1 402 555 0224",
}
SOFIA = "TG-0015"


def _parse(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    rows = [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]
    return list(reader.fieldnames or []), rows


_cache: dict[str, tuple[list[str], list[dict[str, str]]]] = {}


def directory() -> tuple[list[str], list[dict[str, str]]]:
    if "dir" not in _cache:
        _cache["dir"] = _parse(FilesClient(*examinee()).download_text(DIRECTORY))
    return _cache["dir"]


def _by_id(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row.get("employee_id", ""): row for row in rows}


def _is_theo(row: dict[str, str]) -> bool:
    return has_word(row.get("full_name", ""), "Nakamura") or "nakamura" in row.get("username", "").lower()


@grader
def others_untouched() -> bool:
    """Same header, the original rows unchanged (Sofia's aside), and the one extra row is the new hire's."""
    header, rows = directory()
    original_header, original_rows = _parse(ORIGINAL)
    if header != original_header or len(rows) != len(original_rows) + 1:
        return False
    current = _by_id(rows)
    if not all(current.get(row["employee_id"]) == row for row in original_rows if row["employee_id"] != SOFIA):
        return False
    known = {row["employee_id"] for row in original_rows}
    extra = [row for row in rows if row.get("employee_id") not in known]
    return len(extra) == 1 and _is_theo(extra[0])


@grader
def title_changed() -> bool:
    _, rows = directory()
    original = _by_id(_parse(ORIGINAL)[1])[SOFIA]
    return _by_id(rows).get(SOFIA) == dict(original, title="QA Lead")


@grader
def new_hire_points() -> int:
    _, rows = directory()
    theo = exactly_one(rows, _is_theo)
    if theo is None:
        return 0
    right = sum(theo.get(field) == value for field, value in NEW_HIRE.items())
    return 2 if right == len(NEW_HIRE) else 1 if right >= len(NEW_HIRE) - 2 else 0


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _parent(lines: list[str], index: int) -> str:
    """The nearest line above ``index`` that is indented less (its manager in a nested list), or ''."""
    for line in reversed(lines[:index]):
        if line.strip() and _indent(line) < _indent(lines[index]):
            return line
    return ""


_FORMER = re.compile(r"\b(?:from|formerly|former|previously|was|promoted|until|before|ex-)\b", re.IGNORECASE)


def _title_part(line: str, name: str) -> str:
    """The text after ``name`` on its org-chart line, markdown removed, without asides about a former title."""
    text = line.replace("**", "").replace("__", "").replace("`", "")
    text = text[text.find(name) + len(name):] if name in text else text
    return re.sub(r"\(([^)]*)\)", lambda m: "" if _FORMER.search(m.group(1)) else m.group(0), text)


def _person_lines(lines: list[str], name: str) -> list[int]:
    return [i for i, line in enumerate(lines) if has_word(line, name)]


def org_chart_checks(text: str) -> bool:
    """Sofia once, as QA Lead (a former title only in an aside), under Priya Natarajan; Theo once, as IT Support
    Technician, nested under Felix Wagner."""
    lines = text.splitlines()
    sofia, theo = _person_lines(lines, "Sofia Alvarez"), _person_lines(lines, "Theo Nakamura")
    if len(sofia) != 1 or len(theo) != 1:
        return False
    title = _title_part(lines[sofia[0]], "Sofia Alvarez")
    if not has_word(title, "QA Lead") or has_word(title, "QA Engineer"):
        return False
    if not has_word(_parent(lines, sofia[0]), "Priya Natarajan"):
        return False
    return (has_word(_title_part(lines[theo[0]], "Theo Nakamura"), "IT Support Technician")
            and has_word(_parent(lines, theo[0]), "Felix Wagner"))


@grader
def org_chart_updated() -> bool:
    return org_chart_checks(FilesClient(*examinee()).download_text(ORG_CHART))


TOPIC = ("Theo", "Nakamura", "Sofia", "Alvarez", "QA Lead", "directory", "org chart", "organisation chart",
         "organization chart", "new hire", "title", "changes", "updated", "added", "promoted")


def _work_done() -> bool:
    """What closing the ticket claims: the directory has the new hire and Sofia's new title, and the org chart
    names both."""
    _, rows = directory()
    chart = FilesClient(*examinee()).download_text(ORG_CHART)
    return (any(_is_theo(row) for row in rows) and _by_id(rows).get(SOFIA, {}).get("title") == "QA Lead"
            and has_word(chart, "Theo Nakamura")
            and any(has_word(line, "Sofia Alvarez") and has_word(line, "QA Lead") for line in chart.splitlines()))


@grader
def ticket_closed() -> bool:
    issue = TrackerClient(*admin()).find_issue("people-ops", TICKET)
    return (issue is not None and issue.status in ("Closed", "Resolved")
            and any(c.author == EXAMINEE and is_about(c.text, *TOPIC) for c in issue.comments)
            and _work_done())


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(others_untouched())),
        Checkpoint(1, int(title_changed())),
        Checkpoint(2, int(new_hire_points() or 0)),
        Checkpoint(1, int(org_chart_updated())),
        Checkpoint(1, int(ticket_closed())),
    ])
