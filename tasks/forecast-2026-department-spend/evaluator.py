"""Grades the 2026 year-end forecast: asking Grace for the method, the forecast file, and Victor's message.

Answer key. Forecast = actual through Q3 (``Finance/Budget_2026.xlsx``, Summary: YTD actual) + October (hook)
+ 2 x October (Grace: November and December each at October's run rate) + the approved December one-offs
(Grace: Engineering laptop refresh $15,120, Admin & Office holiday party $4,500). Over budget: Engineering by
$709, Sales & Customer Success by $17,707, Data by $5,038, Admin & Office by $1,226; the other five end under.
Without the one-offs Engineering and Admin & Office end under; with the Q3 monthly average instead of October,
only Sales & Customer Success ends over.
"""

import csv
import io
import re

from grading import Checkpoint, Result, admin, grader
from grading.answers import Amount, amounts_in, is_about, parse_amount, same_amount
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE = "kai.morgan"
GRACE, VICTOR = "grace.liu", "victor.mendes"
FORECAST_FILE = "Finance/Forecast/2026_Year_End_Forecast.csv"
# department: (budget 2026, actual through Q3, October actual, December one-off)
DEPARTMENTS = {
    "Engineering": (2480000, 1799589, 222000, 15120),
    "Product": (610000, 440329, 52000, 0),
    "Data": (520000, 370538, 51500, 0),
    "Sales & Customer Success": (2150000, 1627707, 180000, 0),
    "Marketing": (420000, 307389, 36000, 0),
    "HR": (330000, 245012, 27900, 0),
    "Finance": (300000, 223875, 25100, 0),
    "Admin & Office": (560000, 407326, 49800, 4500),
    "Executive": (460000, 327412, 43000, 0),
}
FORECAST = {name: q3 + 3 * october + one_off for name, (_, q3, october, one_off) in DEPARTMENTS.items()}
OVER = {name: FORECAST[name] - budget for name, (budget, *_) in DEPARTMENTS.items() if FORECAST[name] > budget}
WITH_ONE_OFF = ("Engineering", "Admin & Office")
# How a department may be named (whole words, not inside a hyphenated word).
NAMES = {
    "Engineering": r"engineering|eng",
    "Product": r"product",
    "Data": r"data(?: (?:team|department|dept\.?|science))?",
    "Sales & Customer Success": r"sales|customer success|cs",
    "Marketing": r"marketing",
    "HR": r"hr|human resources|people ops|people operations",
    "Finance": r"finance",
    "Admin & Office": r"admin(?:istration)?|office",
    "Executive": r"executive|exec",
}
METHOD_TOPIC = ("forecast", "November", "December", "Nov", "Dec", "estimate", "estimates", "run rate", "run-rate",
                "method", "remaining months", "rest of the year", "one-off", "one-offs", "year-end", "year end")
OVERAGE_TOLERANCE = 50.0  # the amount over, at least to the nearest $100
FORECAST_TOLERANCE = 1.0  # whole dollars


PATH = re.compile(r"\S*/\S*\.[A-Za-z]{2,4}\b\S*|\S+/\S+/\S*")  # a file's path, or a folder's with two slashes


def named(text: str, department: str) -> bool:
    return re.search(rf"(?<![\w-])(?:{NAMES[department]})(?![\w-])", text, re.IGNORECASE) is not None


def departments_in(text: str) -> list[str]:
    """The departments ``text`` names (a name inside a file or folder path does not count)."""
    text = PATH.sub(" ", text)
    return [d for d in DEPARTMENTS if named(text, d)]


def _forecast_rows() -> list[dict[str, str]]:
    text = FilesClient(*admin()).download_text(FORECAST_FILE)
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader]


def _forecasts() -> dict[str, float | None] | None:
    """Department -> its forecast cell's amount, when every department has exactly one row (rows naming no
    department, such as a total, are ignored); else None."""
    rows = _forecast_rows()
    header = list(rows[0]) if rows else []
    column = next((k for k in header if "forecast" in k), None)
    department = next((k for k in header if "dep" in k), None)
    if column is None or department is None:
        return None
    found: dict[str, list[float | None]] = {}
    for row in rows:
        names = departments_in(row.get(department, ""))
        if len(names) > 1:
            return None
        if names:
            found.setdefault(names[0], []).append(parse_amount(row.get(column, "")))
    if sorted(found) != sorted(DEPARTMENTS) or any(len(v) != 1 for v in found.values()):
        return None
    return {name: values[0] for name, values in found.items()}


def _right(forecasts: dict[str, float | None], names: list[str]) -> bool:
    return all((f := forecasts[n]) is not None and same_amount(f, FORECAST[n], tolerance=FORECAST_TOLERANCE)
               for n in names)


@grader
def asked_grace() -> bool:
    """A DM to Grace about the forecast or the November/December estimates (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *METHOD_TOPIC)
                   for m in chat.direct_messages(GRACE, username=EXAMINEE))


@grader
def file_complete() -> bool:
    """The forecast file has one row per department, each with a forecast amount."""
    forecasts = _forecasts()
    return forecasts is not None and all(f is not None for f in forecasts.values())


@grader
def forecasts_right(names: tuple[str, ...]) -> bool:
    forecasts = _forecasts()
    return forecasts is not None and _right(forecasts, list(names))


def _victor_messages() -> list[str]:
    with login(*admin()) as chat:
        return [m.body for m in chat.direct_messages(VICTOR, username=EXAMINEE) if m.sender == EXAMINEE]


def _budget_message() -> str | None:
    """Kai's messages to Victor that name a department, joined; None when there are none."""
    texts = [t for t in _victor_messages() if departments_in(t)]
    return "\n".join(texts) if texts else None


@grader
def right_departments() -> bool:
    """The departments Kai's messages to Victor name are exactly those forecast over budget."""
    text = _budget_message()
    return text is not None and sorted(departments_in(text)) == sorted(OVER)


def _incidental(amount: Amount) -> bool:
    """A count or a year written without a currency ("3 months", "its 2026 budget"), not a figure."""
    return not amount.money and (amount.value in (2026, 2027) or (amount.value < 100 and amount.value.is_integer()))


def _states_overage(text: str, department: str) -> bool:
    """A line naming only this department gives one amount besides the figures it is computed from (budget,
    forecast, actual through Q3, October and its multiples, the one-off): its overage."""
    budget, q3, october, one_off = DEPARTMENTS[department]
    known = (budget, FORECAST[department], q3, october, 2 * october, 3 * october, one_off)
    for line in text.splitlines():
        if departments_in(line) != [department]:
            continue
        others = [a.value for a in amounts_in(line) if not a.percent and not _incidental(a)
                  and not any(same_amount(a.value, v, tolerance=FORECAST_TOLERANCE) for v in known if v)]
        distinct = {round(v) for v in others}
        if len(distinct) == 1 and same_amount(others[0], OVER[department], tolerance=OVERAGE_TOLERANCE):
            return True
    return False


@grader
def right_amounts() -> bool:
    """Only with the right departments: each has a line of its own giving how much it will be over."""
    text = _budget_message()
    return right_departments() and text is not None and all(_states_overage(text, d) for d in OVER)


def grade_checkpoints(trajectory=""):
    no_one_off = tuple(d for d in DEPARTMENTS if d not in WITH_ONE_OFF)
    complete = file_complete()
    return Result([
        Checkpoint(1, int(asked_grace())),
        Checkpoint(1, int(complete)),
        Checkpoint(2, int(complete and forecasts_right(no_one_off)) + int(complete and forecasts_right(WITH_ONE_OFF))),
        Checkpoint(1, int(right_departments())),
        Checkpoint(1, int(right_amounts())),
    ])
