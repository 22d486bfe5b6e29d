"""Grades the survey cleaning from the file share (clean CSV, chart PNG) and the tracker ticket.

The chart is read, not only opened: its pixels must show three (or, with an overall bar, four) solid bars on one
baseline whose signed lengths are in the proportions of the NPS per plan. The comment is read one statement at a
time (a sentence cut at , ; and arrows outside parentheses, a table row with its headers): a statement naming one
plan gives that plan's NPS (its denominators: "n=46", "46 valid", "(54)", "over 24 answers" set apart), the others
give the counts by their nearest keyword (raw, unique, valid, overall); every value given for a question must be
the same: one answer per question.
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zlib

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, has_word, same_amount, sentences
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
        if rid in FIRST_SUBMISSIONS:
            day = match.group(1) if match else day  # which submission was kept is checkpoint 1's
        if not match or match.group(1) != day or row["state"] != state or row["plan"] != plan:
            return False
    return True


@grader
def nps_cleaned() -> bool:
    rows = _by_id()
    return all(rows[rid]["nps"] == nps if rid not in FIRST_SUBMISSIONS else re.fullmatch(r"10|\d", rows[rid]["nps"])
               for rid, (_, _, _, nps) in EXPECTED.items())


# ---- the chart: decoded and measured ----

NPS_BY_PLAN = {"Starter": -13.0, "Pro": 14.8, "Enterprise": 33.3}
OVERALL_NPS = 8.1
BAR_TOLERANCE = 0.03  # of the longest bar
MAX_PIXELS = 8_000_000


def _unfilter(data: bytes, width: int, height: int, bpp: int) -> list[bytearray]:
    stride = width * bpp
    rows: list[bytearray] = []
    previous = bytearray(stride)
    pos = 0
    for _ in range(height):
        kind, line = data[pos], bytearray(data[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif kind != 0:
            raise ValueError(f"PNG filter {kind}")
        rows.append(line)
        previous = line
    return rows


def decode_png(data: bytes) -> tuple[int, int, list[list[int]]]:
    """(width, height, rows of 0xRRGGBB; transparent pixels white) of an 8-bit, non-interlaced PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
    if depth != 8 or interlace or channels is None or width * height > MAX_PIXELS:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    pos, idat, palette = 8, b"", b""
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        elif kind == b"PLTE":
            palette = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IEND":
            break
    rows = _unfilter(zlib.decompress(idat), width, height, channels)
    pixels: list[list[int]] = []
    for line in rows:
        if colour == 2:
            out = [(line[i] << 16) | (line[i + 1] << 8) | line[i + 2] for i in range(0, len(line), 3)]
        elif colour == 6:
            out = [(line[i] << 16) | (line[i + 1] << 8) | line[i + 2] if line[i + 3] >= 128 else 0xFFFFFF
                   for i in range(0, len(line), 4)]
        elif colour == 3:
            out = [(palette[3 * v] << 16) | (palette[3 * v + 1] << 8) | palette[3 * v + 2] for v in line]
        else:
            step = channels
            out = [line[i] * 0x010101 if colour == 0 or line[i + 1] >= 128 else 0xFFFFFF
                   for i in range(0, len(line), step)]
        pixels.append(out)
    return width, height, pixels


def _runs(row: list[int], width: int) -> list[tuple[int, int, int]]:
    """(colour, start, end) runs of a row; a run broken by up to 3 pixels of another colour (a grid line drawn
    across a bar) is one run."""
    runs: list[tuple[int, int, int]] = []
    x = 0
    while x < width:
        colour, start = row[x], x
        while x < width and row[x] == colour:
            x += 1
        if len(runs) >= 2 and runs[-2][0] == colour and runs[-1][2] - runs[-1][1] <= 3:
            runs.pop()
            start = runs.pop()[1]
        runs.append((colour, start, x))
    return runs


def _rectangles(pixels: list[list[int]], width: int, height: int) -> list[tuple[int, int, int, int]]:
    """Solid single-colour rectangles (x0, y0, x1, y1 exclusive) found from horizontal runs stacked row by row;
    a gap of up to 4 rows (a grid line drawn across a bar) does not end one."""
    background = max(set(pixels[0]) | set(pixels[-1]), key=lambda c: sum(row.count(c) for row in pixels[::8]))
    min_width = max(6, width // 100)
    open_rects: dict[tuple[int, int, int], list[int]] = {}  # (colour, x0, x1) -> [y0, last y]
    done: list[tuple[int, int, int, int]] = []
    for y, row in enumerate(pixels):
        for colour, start, end in _runs(row, width):
            if colour == background or end - start < min_width:
                continue
            key = next((k for k in open_rects if k[0] == colour and abs(k[1] - start) <= 1
                        and abs(k[2] - end) <= 1 and y - open_rects[k][1] <= 5), None)
            if key is None:
                open_rects[(colour, start, end)] = [y, y]
            else:
                open_rects[key][1] = y
        for key in [k for k, (_, last) in open_rects.items() if y - last > 5]:
            y0, last = open_rects.pop(key)
            done.append((key[1], y0, key[2], last + 1))
    done += [(k[1], y0, k[2], last + 1) for k, (y0, last) in open_rects.items()]
    return [r for r in done if r[3] - r[1] >= 3 and (r[2] - r[0]) * (r[3] - r[1]) >= width * height // 1000
            and not (r[2] - r[0] > 0.8 * width and r[3] - r[1] > 0.8 * height)]


def _bar_values(rects: list[tuple[int, int, int, int]], tolerance: int) -> list[list[float]]:
    """For every group of rectangles of one width (bars of one chart) and every baseline (y of a bar's edge):
    the signed lengths of the bars of the group standing on it (up = positive), side by side, not overlapping."""
    found = []
    for first in rects:
        group = [r for r in rects if abs((r[2] - r[0]) - (first[2] - first[0])) <= 2]
        for base in sorted({r[1] for r in group} | {r[3] for r in group}):
            bars = sorted((r for r in group if abs(r[3] - base) <= tolerance or abs(r[1] - base) <= tolerance),
                          key=lambda r: r[0])
            if any(a[2] > b[0] for a, b in zip(bars, bars[1:])):
                continue
            found.append([float(r[3] - r[1]) if abs(r[3] - base) <= tolerance else -float(r[3] - r[1])
                          for r in bars])
    return found


def _matches(values: list[float]) -> bool:
    expected = sorted(NPS_BY_PLAN.values())
    if len(values) == 4:
        expected = sorted([*expected, OVERALL_NPS])
    if len(values) != len(expected) or not values:
        return False
    longest, scale = max(abs(v) for v in values), max(abs(v) for v in expected)
    return all(abs(v / longest - e / scale) <= BAR_TOLERANCE for v, e in zip(sorted(values), expected))


def chart_shows_nps(data: bytes) -> bool:
    """A PNG of at least 300 x 200 with 3 bars (4 with an overall bar), vertical or horizontal, on one baseline,
    whose signed lengths are in the proportions of the NPS per plan (within 3% of the longest bar)."""
    width, height, pixels = decode_png(data)
    if width < 300 or height < 200:
        return False
    step = max(1, int((width * height / 600_000) ** 0.5 + 0.999))
    pixels = [row[::step] for row in pixels[::step]]
    width, height = len(pixels[0]), len(pixels)
    columns = [list(col) for col in zip(*pixels)]
    for grid, w, h, sign in ((pixels, width, height, 1), (columns, height, width, -1)):  # columns: right = +
        rects = _rectangles(grid, w, h)
        if any(_matches([sign * v for v in values]) for values in _bar_values(rects, max(2, 3 // step + 1))):
            return True
    return False


@grader
def chart_uploaded() -> bool:
    return chart_shows_nps(_files().download(CHART_PNG))


# ---- the comment: one statement at a time ----

PLAN_WORDS = {"Starter": ("Starter",), "Pro": ("Pro", "Professional"), "Enterprise": ("Enterprise",)}
DENOMINATORS = {"Starter": 46, "Pro": 54, "Enterprise": 24}
COUNTS = {"raw": 152, "unique": 140, "valid": 124}
COUNT_WORDS = {"raw": ("raw",), "unique": ("unique", "distinct", "deduplicated", "after cleaning"),
               "valid": ("valid",), "overall": ("overall", "all plans", "all responses", "total nps")}
_DENOMINATOR_BEFORE = re.compile(r"(?:\bn\s*=\s*|\b(?:of|over|out\s+of|from|denominator|base)\s*:?\s*|\d\s*/\s*)$",
                                 re.IGNORECASE)
_DENOMINATOR_AFTER = re.compile(r"\s*(?:valid|answers?|responses?|respondents?|ratings?|scores?)\b",
                                re.IGNORECASE)
_PARTS_AFTER = re.compile(r"\s*%?\s*(?:promoters?|detractors?|passives?)\b", re.IGNORECASE)


def _comment_text() -> str:
    tracker = TrackerClient(*admin())
    issue = tracker.find_issue(PROJECT, TICKET)
    if issue is None:
        raise ValueError("ticket not found")
    return "\n".join(c.text for c in issue.comments if c.author == EXAMINEE)


def _table_lines(text: str) -> list[str]:
    """Markdown table rows as statements: 'label: NPS v | n=d' from the column headers; other lines as they are."""
    lines, out, header = text.splitlines(), [], []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("|"):
            header = []
            out.append(line)
            continue
        cells = [c.strip().strip("*").strip() for c in stripped.strip("|").split("|")]
        if re.fullmatch(r"[\s:|-]+", stripped):
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if re.fullmatch(r"\|?[\s:|-]+\|?", following or "x"):
            header = [h.lower() for h in cells]
            continue
        parts = []
        for name, cell in zip(header[1:], cells[1:]):
            if re.search(r"\bnps\b|score", name):
                parts.append(f"NPS {cell}")
            elif re.search(r"\bn\b|valid|answers|denominator|responses|count|base", name):
                parts.append(f"(n={cell})")
        out.append(f"{cells[0]}: " + " ".join(parts) if header else " ".join(cells))
    return out


def statements(text: str) -> list[str]:
    """Sentences cut at , ; and arrows outside parentheses."""
    found = []
    for sentence in sentences("\n".join(_table_lines(text))):
        depth, start = 0, 0
        for match in re.finditer(r"[()]|[,;|]\s*|\s*(?:→|->|=>)\s*", sentence):
            token = match.group(0)
            if token in "()":
                depth = max(0, depth + (1 if token == "(" else -1))
            elif depth == 0:
                found.append(sentence[start:match.start()])
                start = match.end()
        found.append(sentence[start:])
    return [s for s in found if s.strip()]


def _plans_in(statement: str) -> list[str]:
    return [plan for plan, words in PLAN_WORDS.items() if any(has_word(statement, w) for w in words)]


def plan_values(text: str) -> dict[str, tuple[list[float], list[float]]]:
    """Per plan: (NPS values, denominators) from the statements that name that plan alone."""
    found: dict[str, tuple[list[float], list[float]]] = {plan: ([], []) for plan in PLAN_WORDS}
    for statement in statements(text):
        plans = _plans_in(statement)
        if len(plans) != 1:
            continue
        nps, denominators = found[plans[0]]
        for amount in amounts_in(statement):
            before, after = statement[max(0, amount.start - 25):amount.start], statement[amount.end:amount.end + 25]
            bare = re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and "." not in amount.text
            if _PARTS_AFTER.match(after):
                continue
            if _DENOMINATOR_BEFORE.search(before) or _DENOMINATOR_AFTER.match(after) or bare:
                denominators.append(amount.value)
            else:
                nps.append(amount.value)
    return found


def _outside_parentheses(statement: str) -> str:
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), statement)


def count_values(text: str) -> dict[str, list[float]]:
    """raw / unique / valid / overall: the amounts outside parentheses of statements naming no plan, each given
    to the nearest of those keywords in its statement."""
    found: dict[str, list[float]] = {key: [] for key in COUNT_WORDS}
    for statement in statements(text):
        if _plans_in(statement):
            continue
        plain = _outside_parentheses(statement)
        keys = [(m.start(), m.end(), key) for key, words in COUNT_WORDS.items() for w in words
                for m in re.finditer(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", plain, re.IGNORECASE)]
        if not keys:
            continue
        for amount in amounts_in(plain):
            if re.search(r"\bn\s*=\s*$", plain[max(0, amount.start - 5):amount.start]):
                continue
            nearest = min(keys, key=lambda k: min(abs(k[0] - amount.end), abs(amount.start - k[1])))
            found[nearest[2]].append(amount.value)
    return found


def _one(values: list[float], expected: float, tolerance: float) -> bool:
    return bool(values) and all(same_amount(v, expected, tolerance=tolerance) for v in values)


def nps_reported(text: str) -> bool:
    values = plan_values(text)
    return all(_one(values[plan][0], nps, 0.05) for plan, nps in NPS_BY_PLAN.items())


def counts_given(text: str) -> bool:
    plans, counts = plan_values(text), count_values(text)
    return (all(_one(counts[key], value, 0) for key, value in COUNTS.items())
            and _one(counts["overall"], OVERALL_NPS, 0.05)
            and all(_one(plans[plan][1], n, 0) for plan, n in DENOMINATORS.items()))


@grader
def nps_per_plan_reported() -> bool:
    return nps_reported(_comment_text())


@grader
def counts_reported() -> bool:
    return counts_given(_comment_text())

def grade_checkpoints(trajectory: object = "") -> Result:
    return Result([
        Checkpoint(1, int(deduplicated())),
        Checkpoint(1, int(formats_normalised())),
        Checkpoint(1, int(nps_cleaned())),
        Checkpoint(1, int(chart_uploaded())),
        Checkpoint(2, int(nps_per_plan_reported()) + int(counts_reported())),
    ])
