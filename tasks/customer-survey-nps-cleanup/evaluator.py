"""Grades the survey cleaning from the file share (clean CSV, chart PNG) and the tracker ticket."""

from __future__ import annotations

import csv
import io
import re
import struct
import zlib

from grading import Checkpoint, Result, admin, grader
from grading.clients.files import FilesClient
from grading.clients.tracker import TrackerClient

CLEAN_CSV = "Data/clean/customer_survey_2026_clean.csv"
CHART_PNG = "Data/clean/nps_by_plan_2026.png"
PROJECT = "data-platform"
TICKET = "Clean the 2026 customer survey dataset"
EXAMINEE = "kai.morgan"
REQUIRED_COLUMNS = ("response_id", "submitted_at", "state", "plan", "nps")
FIRST_SUBMISSIONS = {"S26-0016": "9", "S26-0022": "8", "S26-0052": "7", "S26-0074": "7"}
ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$")
NUMBER = re.compile(r"[-\u2212\u2013]?\d+(?:\.\d+)?")

# response_id|date|state|plan|nps ("" = missing), one entry per unique response (first submission)
EXPECTED_TEXT = """
S26-0001|2026-09-14|NE|Enterprise|8;S26-0002|2026-09-14|KS|Pro|10;
S26-0003|2026-09-15|MO|Starter|9;S26-0004|2026-09-15|KS|Pro|6;S26-0005|2026-09-15|KS|Starter|4;
S26-0006|2026-09-16|NE|Pro|10;S26-0007|2026-09-16|NE|Enterprise|9;S26-0008|2026-09-16|CO|Pro|1;
S26-0009|2026-09-17|NE|Pro|3;S26-0010|2026-09-17|NE|Pro|9;S26-0011|2026-09-17|NE|Starter|5;
S26-0012|2026-09-17|IA|Starter|8;S26-0013|2026-09-18|NE|Enterprise|9;
S26-0014|2026-09-18|NE|Starter|9;S26-0015|2026-09-19|CO|Enterprise|5;
S26-0016|2026-09-19|SD|Enterprise|9;S26-0017|2026-09-19|KS|Pro|4;S26-0018|2026-09-20|IA|Pro|8;
S26-0019|2026-09-20|KS|Enterprise|9;S26-0020|2026-09-20|MN|Pro|8;S26-0021|2026-09-21|NE|Pro|10;
S26-0022|2026-09-21|NE|Pro|8;S26-0023|2026-09-21|KS|Starter|4;S26-0024|2026-09-21|MN|Starter|9;
S26-0025|2026-09-22|IA|Starter|7;S26-0026|2026-09-22|NE|Pro|8;
S26-0027|2026-09-22|NE|Enterprise|10;S26-0028|2026-09-23|NE|Starter|8;
S26-0029|2026-09-23|IA|Enterprise|4;S26-0030|2026-09-24|CO|Starter|7;
S26-0031|2026-09-24|NE|Starter|6;S26-0032|2026-09-24|NE|Pro|9;S26-0033|2026-09-24|TX|Pro|6;
S26-0034|2026-09-25|CO|Starter|9;S26-0035|2026-09-25|IA|Pro|10;S26-0036|2026-09-25|CO|Pro|5;
S26-0037|2026-09-26|CO|Starter|8;S26-0038|2026-09-26|SD|Pro|;S26-0039|2026-09-27|NE|Pro|8;
S26-0040|2026-09-27|NE|Pro|8;S26-0041|2026-09-27|NE|Starter|4;S26-0042|2026-09-27|MO|Pro|9;
S26-0043|2026-09-28|SD|Pro|2;S26-0044|2026-09-28|KS|Starter|5;S26-0045|2026-09-28|NE|Pro|8;
S26-0046|2026-09-29|NE|Pro|;S26-0047|2026-09-29|NE|Starter|7;
S26-0048|2026-09-29|IA|Enterprise|10;S26-0049|2026-09-30|NE|Pro|10;
S26-0050|2026-09-30|NE|Starter|;S26-0051|2026-09-30|NE|Starter|3;S26-0052|2026-10-01|SD|Pro|7;
S26-0053|2026-10-01|IA|Starter|7;S26-0054|2026-10-01|CO|Starter|;S26-0055|2026-10-02|NE|Pro|;
S26-0056|2026-10-02|NE|Starter|2;S26-0057|2026-10-02|CO|Starter|9;S26-0058|2026-10-03|IA|Pro|9;
S26-0059|2026-10-03|MO|Starter|6;S26-0060|2026-10-03|IA|Starter|9;
S26-0061|2026-10-04|MN|Starter|9;S26-0062|2026-10-04|TX|Pro|1;S26-0063|2026-10-04|NE|Pro|;
S26-0064|2026-10-05|KS|Enterprise|8;S26-0065|2026-10-05|NE|Pro|9;
S26-0066|2026-10-05|NE|Starter|;S26-0067|2026-10-06|TX|Starter|8;S26-0068|2026-10-06|SD|Pro|8;
S26-0069|2026-10-06|MO|Pro|8;S26-0070|2026-10-07|NE|Starter|5;S26-0071|2026-10-07|NE|Starter|8;
S26-0072|2026-10-07|IA|Starter|8;S26-0073|2026-10-08|IA|Starter|5;S26-0074|2026-10-08|NE|Pro|7;
S26-0075|2026-10-08|KS|Pro|8;S26-0076|2026-10-09|IA|Pro|;S26-0077|2026-10-09|KS|Enterprise|6;
S26-0078|2026-10-09|CO|Starter|;S26-0079|2026-10-10|CO|Pro|7;
S26-0080|2026-10-10|NE|Enterprise|10;S26-0081|2026-10-10|NE|Pro|9;S26-0082|2026-10-11|SD|Pro|9;
S26-0083|2026-10-11|KS|Starter|7;S26-0084|2026-10-11|NE|Starter|7;S26-0085|2026-10-11|NE|Pro|9;
S26-0086|2026-10-12|NE|Enterprise|9;S26-0087|2026-10-12|NE|Starter|10;
S26-0088|2026-10-13|NE|Starter|1;S26-0089|2026-10-13|NE|Pro|10;S26-0090|2026-10-13|IA|Pro|7;
S26-0091|2026-10-14|CO|Enterprise|10;S26-0092|2026-10-14|KS|Starter|;
S26-0093|2026-10-14|KS|Starter|;S26-0094|2026-10-14|NE|Pro|6;
S26-0095|2026-10-15|IA|Enterprise|10;S26-0096|2026-10-15|CO|Enterprise|9;
S26-0097|2026-10-15|NE|Pro|7;S26-0098|2026-10-16|IA|Starter|;S26-0099|2026-10-16|IA|Starter|10;
S26-0100|2026-10-17|MO|Pro|10;S26-0101|2026-10-17|IA|Enterprise|6;S26-0102|2026-10-17|NE|Pro|5;
S26-0103|2026-10-17|IA|Pro|;S26-0104|2026-10-18|IA|Starter|7;S26-0105|2026-10-18|IA|Starter|7;
S26-0106|2026-10-18|NE|Enterprise|10;S26-0107|2026-10-19|NE|Enterprise|;
S26-0108|2026-10-19|MO|Enterprise|7;S26-0109|2026-10-19|KS|Starter|6;
S26-0110|2026-10-20|KS|Enterprise|9;S26-0111|2026-10-20|NE|Pro|8;S26-0112|2026-10-20|KS|Pro|8;
S26-0113|2026-10-21|NE|Pro|10;S26-0114|2026-10-21|NE|Starter|5;S26-0115|2026-10-21|NE|Starter|5;
S26-0116|2026-10-22|CO|Enterprise|9;S26-0117|2026-10-22|NE|Starter|7;
S26-0118|2026-10-22|NE|Pro|6;S26-0119|2026-10-23|NE|Starter|7;S26-0120|2026-10-23|CO|Pro|8;
S26-0121|2026-10-23|KS|Pro|7;S26-0122|2026-10-24|NE|Starter|9;S26-0123|2026-10-24|NE|Starter|8;
S26-0124|2026-10-24|KS|Enterprise|;S26-0125|2026-10-25|IA|Starter|7;
S26-0126|2026-10-25|NE|Enterprise|5;S26-0127|2026-10-25|NE|Starter|8;
S26-0128|2026-10-26|IA|Pro|8;S26-0129|2026-10-26|NE|Enterprise|6;S26-0130|2026-10-26|IA|Pro|8;
S26-0131|2026-10-27|NE|Starter|6;S26-0132|2026-10-27|CO|Pro|2;S26-0133|2026-10-27|MO|Pro|9;
S26-0134|2026-10-28|MO|Starter|8;S26-0135|2026-10-28|NE|Pro|9;S26-0136|2026-10-28|KS|Starter|;
S26-0137|2026-10-29|NE|Pro|9;S26-0138|2026-10-29|KS|Enterprise|8;S26-0139|2026-10-29|NE|Pro|7;
S26-0140|2026-10-30|KS|Pro|9;
"""
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    parts[0]: (parts[1], parts[2], parts[3], parts[4])
    for parts in (item.split("|") for item in EXPECTED_TEXT.replace("\n", "").split(";") if item)
}

_cache: dict[str, object] = {}


def _files() -> FilesClient:
    return FilesClient(*admin())


def _rows() -> list[dict[str, str]]:
    """The uploaded clean CSV as dicts (cached); raises when it is missing or lacks columns."""
    if "rows" not in _cache:
        text = _files().download(CLEAN_CSV).decode("utf-8-sig")
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise ValueError(f"clean CSV lacks columns {missing}")
        _cache["rows"] = [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    rows = _cache["rows"]
    assert isinstance(rows, list)
    return rows


def _by_id() -> dict[str, dict[str, str]]:
    rows = _rows()
    ids = [r["response_id"] for r in rows]
    if len(ids) != len(set(ids)) or set(ids) != set(EXPECTED):
        raise ValueError(f"{len(ids)} rows, {len(set(ids))} distinct ids; expected {len(EXPECTED)}")
    return {r["response_id"]: r for r in rows}


@grader
def deduplicated() -> bool:
    rows = _by_id()
    return all(rows[rid]["nps"] == nps for rid, nps in FIRST_SUBMISSIONS.items())


@grader
def formats_normalised() -> bool:
    rows = _by_id()
    for rid, (day, state, plan, _) in EXPECTED.items():
        row = rows[rid]
        match = ISO_DATE.match(row["submitted_at"])
        if not match or match.group(1) != day or row["state"] != state or row["plan"] != plan:
            return False
    return True


@grader
def nps_cleaned() -> bool:
    rows = _by_id()
    return all(rows[rid]["nps"] == nps for rid, (_, _, _, nps) in EXPECTED.items())


def _png_ok(data: bytes) -> bool:
    """A decodable PNG of at least 300x200 whose pixel data is not a single flat colour."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return False
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IEND":
            break
    pixels = zlib.decompress(idat)
    return width >= 300 and height >= 200 and len(pixels) > height and len(set(pixels)) >= 4


@grader
def chart_uploaded() -> bool:
    return _png_ok(_files().download(CHART_PNG))


def _comment_numbers() -> list[float]:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue(PROJECT, TICKET)
    if issue is None:
        raise ValueError("ticket not found")
    text = "\n".join(c.text for c in issue.comments if c.author == EXAMINEE)
    text = re.sub(r"S26-\d+|\d{4}-\d{2}-\d{2}", " ", text)  # response ids and dates are not numbers
    return [float(n.replace("\u2212", "-").replace("\u2013", "-")) for n in NUMBER.findall(text)]


def _has(numbers: list[float], value: float, tolerance: float = 0.05) -> bool:
    return any(abs(n - value) <= tolerance for n in numbers)


@grader
def nps_per_plan_reported() -> bool:
    numbers = _comment_numbers()
    return all(_has(numbers, v) for v in (-13.0, 14.8, 33.3))


@grader
def counts_reported() -> bool:
    numbers = _comment_numbers()
    return all(_has(numbers, v, 0.001) for v in (152, 140, 124, 46, 54, 24)) and _has(numbers, 8.1)


def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(deduplicated())),
        Checkpoint(1, int(formats_normalised())),
        Checkpoint(1, int(nps_cleaned())),
        Checkpoint(1, int(chart_uploaded())),
        Checkpoint(2, int(nps_per_plan_reported()) + int(counts_reported())),
    ])
