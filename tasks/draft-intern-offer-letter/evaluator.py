"""Grades the internship offer letter (a .docx on the file share) and the message to Jordan."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from xml.etree import ElementTree

from grading import Checkpoint, Result, examinee, grader
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
FOLDER = "HR/Recruiting/Data_Intern_Spring_2027"
EXPECTED_NAME = "Offer_Letter_Lucia_Brandt.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATE_SENTENCE = "This offer is contingent on proof of your eligibility to work in the United States"


def date_pattern(d: date) -> str:
    """A regex matching ``d`` written as ISO, US numeric, "January 19, 2027" or "19 January 2027"."""
    month, abbrev = d.strftime("%B"), d.strftime("%b")
    names = rf"(?:{month}|{abbrev}\.?)"
    day = rf"0?{d.day}(?:st|nd|rd|th)?"
    return "|".join([
        re.escape(d.isoformat()),
        rf"0?{d.month}/0?{d.day}/{d.year}",
        rf"{names}\s+{day},?\s+{d.year}",
        rf"{day}\s+(?:of\s+)?{names},?\s+{d.year}",
    ])


def docx_text(data: bytes) -> str:
    """Every paragraph's text (body and table cells), one per line."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


_cache: dict[str, str] = {}


def letter() -> str:
    """Text of the offer letter: the expected file, else any Offer_Letter*.docx in the folder."""
    if "text" not in _cache:
        files = FilesClient(*examinee())
        names = [e.name for e in files.list(FOLDER) if not e.is_dir]
        candidates = [n for n in names if n == EXPECTED_NAME]
        candidates += sorted(n for n in names if n.lower().startswith("offer_letter") and n.endswith(".docx"))
        if not candidates:
            raise FileNotFoundError(f"no Offer_Letter*.docx in {FOLDER}")
        _cache["text"] = docx_text(files.download(f"{FOLDER}/{candidates[0]}"))
    return _cache["text"]


def _has(pattern: str) -> bool:
    return re.search(pattern, letter(), re.IGNORECASE) is not None


@grader
def template_filled() -> bool:
    text = letter()
    return (TEMPLATE_SENTENCE in text and "{{" not in text and "}}" not in text
            and "Data Analytics Intern" in text and "Elena Popescu" in text
            and _has(date_pattern(date(2026, 11, 20))))


@grader
def right_candidate() -> bool:
    return _has(r"Lucia\s+Brandt") and _has(r"1420 R St") and not _has(r"Whitaker|Noah")


@grader
def terms_points() -> int:
    found = sum([
        _has(r"\$\s?23\.50\b|\b23\.50\s*(?:USD|US dollars|dollars)"),
        _has(r"(?<![\d.$])16\s*(?:hours|hrs|h\b)"),
        _has(date_pattern(date(2027, 1, 19))),
        _has(date_pattern(date(2027, 5, 7))),
    ])
    return 2 if found == 4 else 1 if found >= 2 else 0


@grader
def accept_by_right() -> bool:
    return _has(r"return this letter by\s+(?:\w+day,?\s+)?(?:" + date_pattern(date(2026, 12, 1)) + ")")


@grader
def jordan_told() -> bool:
    with login(*examinee()) as chat:
        mine = [m.body for m in chat.direct_messages("jordan.ellis") if m.sender == EXAMINEE]
    return any(re.search(r"offer|Offer_Letter", body, re.IGNORECASE) for body in mine)


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(template_filled())),
        Checkpoint(1, int(right_candidate())),
        Checkpoint(2, int(terms_points() or 0)),
        Checkpoint(1, int(accept_by_right())),
        Checkpoint(1, int(jordan_told())),
    ])
