"""Grades the internship offer letter (a .docx on the file share) and the message to Jordan."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from xml.etree import ElementTree

from grading import Checkpoint, Result, examinee, grader
from grading.answers import has_word, is_about, labelled_values, one_answer
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.reading import date_mentions

EXAMINEE = "kai.morgan"
FOLDER = "HR/Recruiting/Data_Intern_Spring_2027"
EXPECTED_NAME = "Offer_Letter_Lucia_Brandt.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LETTER_DATE = date(2026, 11, 20)
TEMPLATE_SENTENCE = "This offer is contingent on proof of your eligibility to work in the United States"


def docx_text(data: bytes) -> str:
    """Every paragraph's text (body and table cells), one per line."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p"))


_cache: dict[str, list[tuple[str, str]]] = {}


def letters() -> list[tuple[str, str]]:
    """(file name, text) of every Offer_Letter*.docx in the folder, the expected name first."""
    if "letters" not in _cache:
        files = FilesClient(*examinee())
        names = [e.name for e in files.list(FOLDER) if not e.is_dir]
        found = sorted((n for n in names if n.lower().startswith("offer_letter") and n.lower().endswith(".docx")),
                       key=lambda n: (n != EXPECTED_NAME, n))
        _cache["letters"] = [(n, docx_text(files.download(f"{FOLDER}/{n}"))) for n in found]
    return _cache["letters"]


def letter() -> str:
    """Text of the offer letter graded: the expected file, else the first Offer_Letter*.docx in the folder."""
    found = letters()
    if not found:
        raise FileNotFoundError(f"no Offer_Letter*.docx in {FOLDER}")
    return found[0][1]


def _has(pattern: str) -> bool:
    return re.search(pattern, letter(), re.IGNORECASE) is not None


def _dates(text: str, after: date = LETTER_DATE) -> list[date]:
    return sorted({d for m in date_mentions(text) if (d := m.resolve(after)) is not None})


def _one_date(values: list[str], expected: date) -> bool:
    """The labelled values give exactly one date, ``expected`` (a hedge with a second date fails)."""
    return bool(values) and _dates("\n".join(values)) == [expected]


def letter_checks(text: str) -> bool:
    """Made from the template, every placeholder filled, the right position and supervisor, dated Nov 20, 2026
    (the first date of the letter, alone on its line)."""
    if TEMPLATE_SENTENCE not in text or "{{" in text or "}}" in text:
        return False
    positions, supervisors = labelled_values(text, "Position"), labelled_values(text, "Supervisor")
    if not positions or not all(has_word(p, "Data Analytics Intern") for p in positions):
        return False
    if not supervisors or not all(has_word(s, "Elena Popescu") for s in supervisors):
        return False
    first = next((line for line in text.splitlines() if date_mentions(line)), "")
    return _dates(first) == [LETTER_DATE]


@grader
def template_filled() -> bool:
    return letter_checks(letter())


@grader
def right_candidate() -> bool:
    """Lucia at her address, no letter in the folder for (or mentioning) the other finalist."""
    if any(has_word(text, "Whitaker") or has_word(text, "Noah") for _, text in letters()):
        return False
    return has_word(letter(), "Lucia Brandt") and _has(r"1420 R St")


def terms_found(text: str) -> int:
    """How many of the four terms the letter states, each read from its labelled line or cell and refused when
    the label offers a second value."""
    pay = labelled_values(text, "Pay", "Hourly rate", "Pay rate", "Rate", "Compensation")
    hours = labelled_values(text, "Working hours", "Hours per week", "Hours")
    return sum([
        bool(pay) and all(one_answer(v, 23.50) for v in pay),
        bool(hours) and all(one_answer(v, 16) for v in hours),
        _one_date(labelled_values(text, "Start date", "Start"), date(2027, 1, 19)),
        _one_date(labelled_values(text, "End date", "End"), date(2027, 5, 7)),
    ])


@grader
def terms_points() -> int:
    found = terms_found(letter())
    return 2 if found == 4 else 1 if found >= 2 else 0


_DEADLINE_SENTENCE = re.compile(r"\b(?:return|sign|accept|respond|reply|send|deadline)", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|before|until|no later than|deadline)\b", re.IGNORECASE)


def deadline_dates(text: str) -> list[date]:
    """The dates given as the acceptance deadline: in a paragraph about returning, signing or accepting the letter,
    those after "by"/"before"/... up to the end of that sentence (a hedge there gives two)."""
    found: set[date] = set()
    for line in text.splitlines():
        for by in _BY.finditer(line):
            if not _DEADLINE_SENTENCE.search(line[:by.end()]):
                continue
            rest = line[by.start():]
            end = re.search(r"[.!?]\s+(?=[A-Z])", rest)
            found.update(_dates(rest[:end.start()] if end else rest))
    return sorted(found)


@grader
def accept_by_right() -> bool:
    return deadline_dates(letter()) == [date(2026, 12, 1)]


TOPIC = ("offer", "letter", "Offer_Letter", "Lucia", "Brandt", "internship", "intern")


@grader
def jordan_told() -> bool:
    """A DM to Jordan about the letter, and the letter is there."""
    with login(*examinee()) as chat:
        mine = [m.body for m in chat.direct_messages("jordan.ellis") if m.sender == EXAMINEE]
    return any(is_about(body, *TOPIC) for body in mine) and bool(letters())


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(template_filled())),
        Checkpoint(1, int(right_candidate())),
        Checkpoint(2, int(terms_points() or 0)),
        Checkpoint(1, int(accept_by_right())),
        Checkpoint(1, int(jordan_told())),
    ])
