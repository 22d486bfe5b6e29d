"""Grades the cleaned job-duration validation sample (file share) and the figures Kai sent Elena (chat DM).

The clean CSV must hold the 68 usable jobs once each, with minutes and miles right. The DM is read one clause at
a time (lines, sentences, then pieces cut at , ; and parentheses): every number in a clause goes to the question
whose keyword is nearest to it (raw, duplicate, impossible, clean, unique, median, long); a number followed by a
time unit (min, h) is a duration and only answers the median; a percent (or a fraction below 1) only answers the
long-job share. Every value given for a question must be the expected one, and each asked question needs one:
one answer per question, so hedges and lists of candidates fail.
"""

from __future__ import annotations

import csv
import io
import re

from grading import Checkpoint, Result, examinee, grader
from grading.answers import Amount, amounts_in, is_about, sentences
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
CLEAN_CSV = "Data/ml/job_duration/october_validation_clean.csv"
COLUMNS = ("job_id", "trade", "on_site_min", "travel_mi")
TRADES = {"H": "HVAC", "P": "Plumbing", "E": "Electrical", "L": "Landscaping"}
MILES_TOLERANCE = 0.1
SHARE_TOLERANCE_PP = 0.06  # 11 / 68 = 16.18 %

# FD-26-<id>|trade initial|minutes on site|miles, the 68 usable jobs (80 raw rows, 8 duplicates, 4 impossible:
# FD-26-40324 -6.2 mi, FD-26-40408 0 min, FD-26-40709 14 h, FD-26-40758 -40 min)
EXPECTED_TEXT = """
40310|H|120|6.2;40317|L|165|22.5;40331|P|75|15.6;40338|H|125|11.6;40345|H|50|15.6;40352|H|165|10.1;40359|H|125|17.6;
40366|H|55|16.8;40373|L|65|20.3;40380|H|50|9.0;40387|E|95|14.9;40394|E|135|27.7;40401|E|75|35.0;40415|P|210|28.5;
40422|H|110|18.8;40429|H|55|17.5;40436|P|140|7.1;40443|H|80|2.5;40450|E|180|25.9;40457|H|170|14.3;40464|L|135|30.4;
40471|H|195|27.9;40478|H|65|16.2;40485|H|50|30.0;40492|E|225|8.5;40499|E|70|16.3;40506|H|255|29.2;40513|H|330|5.0;
40520|P|120|30.4;40527|L|110|5.8;40534|E|85|22.9;40541|P|75|5.5;40548|L|170|31.5;40555|E|120|30.8;40562|E|195|10.5;
40569|P|95|29.3;40576|H|75|12.5;40583|E|55|28.5;40590|P|150|31.7;40597|E|150|12.2;40604|P|50|6.2;40611|L|135|37.5;
40618|P|75|29.3;40625|L|225|13.6;40632|E|75|21.8;40639|E|120|25.0;40646|L|95|33.0;40653|P|70|11.9;40660|P|180|18.3;
40667|L|180|14.2;40674|E|155|20.6;40681|E|210|11.8;40688|P|55|24.8;40695|E|50|28.3;40702|E|100|35.7;40716|H|200|23.2;
40723|E|170|33.4;40730|H|55|17.6;40737|H|330|29.7;40744|H|75|35.8;40751|H|45|9.1;40765|H|105|23.5;40772|H|140|12.2;
40779|L|165|36.8;40786|L|330|32.2;40793|P|105|20.3;40800|E|155|34.0;40807|P|65|16.6;
"""
EXPECTED: dict[str, tuple[str, int, float]] = {
    f"FD-26-{p[0]}": (TRADES[p[1]], int(p[2]), float(p[3]))
    for p in (item.split("|") for item in EXPECTED_TEXT.replace("\n", "").split(";") if item)
}
COUNTS = {"raw": 80.0, "duplicate": 8.0, "impossible": 4.0, "clean": 68.0}
OPTIONAL = {"unique": 72.0}
MEDIAN = 120.0
LONG_COUNT = 11.0
LONG_SHARE = 100 * 11 / 68

# question -> keyword pattern (whole words); the nearest keyword to a number takes it
KEYWORDS: dict[str, str] = {
    "raw": r"raw|export|exported|input|original",
    "duplicate": r"duplicates?|duplicated|dupes?|repeated|repeats?|double|doubled",
    "impossible": r"impossible|invalid|implausible|unusable|out[\s-]+of[\s-]+range|left\s+out",
    "clean": r"clean|cleaned|remaining|remain|remains|kept|final|usable|valid|left(?!\s+out)",
    "unique": r"unique|distinct",
    "median": r"median",
    "long": r"long",
}
_KEYWORD = {q: re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for q, p in KEYWORDS.items()}
_TIME_UNIT = re.compile(r"^\s*(?P<unit>minutes?|mins?|m|hours?|hrs?|h)\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r"(?<!\d),|,(?=\s)|;|\s[-–—]\s|—|[()]")
_THRESHOLD = re.compile(r"(?:over|more\s+than|longer\s+than|above|exceed\w*|at\s+least|under|below|[<>≥≤]=?)\s*$",
                        re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")

_cache: dict[str, object] = {}


# ---- the clean file ----

def _rows() -> list[dict[str, str]]:
    if "rows" not in _cache:
        text = FilesClient(*examinee()).download(CLEAN_CSV).decode("utf-8-sig")
        reader = csv.DictReader(io.StringIO(text))
        header = [(h or "").strip() for h in reader.fieldnames or []]
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise ValueError(f"clean CSV lacks columns {missing}")
        _cache["rows"] = [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    rows = _cache["rows"]
    assert isinstance(rows, list)
    return rows


def _by_id() -> dict[str, dict[str, str]]:
    """The clean rows by job_id; raises unless they are exactly the expected jobs, each once."""
    rows = _rows()
    ids = [r["job_id"] for r in rows]
    if len(ids) != len(set(ids)) or set(ids) != set(EXPECTED):
        extra, lacking = sorted(set(ids) - set(EXPECTED)), sorted(set(EXPECTED) - set(ids))
        raise ValueError(f"{len(ids)} rows, {len(set(ids))} ids; extra {extra[:6]}, missing {lacking[:6]}")
    return {r["job_id"]: r for r in rows}


@grader
def jobs_right() -> bool:
    return bool(_by_id())


@grader
def minutes_right() -> bool:
    rows = _by_id()
    return all(re.fullmatch(r"\d+", rows[job]["on_site_min"]) is not None
               and int(rows[job]["on_site_min"]) == minutes for job, (_, minutes, _) in EXPECTED.items())


def _miles_ok(value: str, expected: float) -> bool:
    return re.fullmatch(r"\d+(?:\.\d+)?", value) is not None and abs(float(value) - expected) <= MILES_TOLERANCE + 1e-9


@grader
def miles_and_trades_right() -> bool:
    rows = _by_id()
    return all(rows[job]["trade"] == trade and _miles_ok(rows[job]["travel_mi"], miles)
               for job, (trade, _, miles) in EXPECTED.items())


# ---- the figures in the DM ----

def clauses(text: str) -> list[str]:
    """``text`` cut into clauses: table rows, sentences, then , ; and dashes outside parentheses (a piece without
    a keyword stays with the piece before it)."""
    found: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or _TABLE_RULE.match(stripped):
            continue
        if stripped.startswith("|"):
            found.append(" ".join(c.strip() for c in stripped.strip("|").split("|")))
            continue
        for sentence in sentences(stripped):
            pieces: list[str] = []
            for part in _split_outside_parentheses(sentence):
                if pieces and not any(k.search(part) for k in _KEYWORD.values()):
                    pieces[-1] += ", " + part  # a piece without a keyword stays with the one before
                elif part.strip():
                    pieces.append(part)
            found.extend(pieces)
    return found


def _split_outside_parentheses(sentence: str) -> list[str]:
    """``sentence`` cut at , ; and dashes that are not inside parentheses (an aside stays with its label)."""
    parts: list[str] = []
    depth, start = 0, 0
    for match in _CLAUSE_CUT.finditer(sentence):
        mark = match.group(0)
        if mark in "()":
            depth = depth + 1 if mark == "(" else max(depth - 1, 0)
            continue
        if depth == 0:
            parts.append(sentence[start:match.start()])
            start = match.end()
    parts.append(sentence[start:])
    return parts


def _distance(mark: tuple[int, int, str], amount: Amount) -> int:
    start, end, _ = mark
    return max(start - amount.end, amount.start - end, 0)


def answers(text: str) -> dict[str, list[float]]:
    """Every value the text gives per question (module docstring)."""
    given: dict[str, list[float]] = {}
    for clause in clauses(text):
        marks = [(m.start(), m.end(), q) for q, pattern in _KEYWORD.items() for m in pattern.finditer(clause)]
        if not marks:
            continue
        for amount in amounts_in(clause):
            if _THRESHOLD.search(clause[:amount.start]):
                continue  # "over 180": the cut-off, not an answer
            question = min(marks, key=lambda mark, a=amount: _distance(mark, a))[2]
            unit = _TIME_UNIT.match(clause[amount.end:])
            if unit is not None:
                if question == "median":
                    hours = unit.group("unit").lower().startswith("h")
                    given.setdefault("median", []).append(amount.value * (60 if hours else 1))
                continue
            if amount.percent or 0 < amount.value < 1:
                share = amount.value if amount.percent else amount.value * 100  # the one share asked for
                given.setdefault("long_share", []).append(share)
                continue
            given.setdefault("long_count" if question == "long" else question, []).append(amount.value)
    return given


def _one(values: list[float] | None, expected: float) -> bool:
    return bool(values) and all(abs(v - expected) < 1e-9 for v in values or [])


def counts_ok(text: str) -> bool:
    given = answers(text)
    return (all(_one(given.get(q), v) for q, v in COUNTS.items())
            and all(abs(v - OPTIONAL[q]) < 1e-9 for q in OPTIONAL for v in given.get(q, [])))


def median_ok(text: str) -> bool:
    return _one(answers(text).get("median"), MEDIAN)


def long_ok(text: str) -> bool:
    given = answers(text)
    shares = given.get("long_share", [])
    return (_one(given.get("long_count"), LONG_COUNT) and bool(shares)
            and all(abs(s - LONG_SHARE) <= SHARE_TOLERANCE_PP + 1e-9 for s in shares))


def _kai_wrote_to(partner: str) -> str:
    key = f"dm:{partner}"
    if key not in _cache:
        with login(*examinee()) as chat:
            _cache[key] = "\n".join(m.body for m in chat.direct_messages(partner) if m.sender == EXAMINEE)
    text = _cache[key]
    assert isinstance(text, str)
    return text


@grader
def asked_maya() -> bool:
    text = _kai_wrote_to("maya.johnson")
    return is_about(text, "long") and is_about(text, "job", "jobs", "definition", "define", "defined", "cut-off",
                                               "cutoff", "threshold", "feature", "minutes", "counts")


@grader
def counts_reported() -> bool:
    return counts_ok(_kai_wrote_to("elena.popescu"))


@grader
def median_reported() -> bool:
    return median_ok(_kai_wrote_to("elena.popescu"))


@grader
def long_jobs_reported() -> bool:
    return long_ok(_kai_wrote_to("elena.popescu"))


def grade_checkpoints(trajectory: str = "") -> Result:
    return Result([
        Checkpoint(1, int(asked_maya())),
        Checkpoint(1, int(jobs_right())),
        Checkpoint(1, int(minutes_right())),
        Checkpoint(1, int(miles_and_trades_right())),
        Checkpoint(1, int(counts_reported())),
        Checkpoint(1, int(median_reported())),
        Checkpoint(1, int(long_jobs_reported())),
    ])

