"""Grades the Data Analyst final-panel scoring: asking Jordan for the interview log, the scores file, and the
decision recorded on the two candidate tickets.

Answer key (Final_Panel_Scoring.md; Jordan: Raj's interview with Wen ran 25 minutes, so it does not count):
Aaliyah Porter SQL 3.00, Statistics 2.67, Communication 3.67, Product sense 3.00, overall 3.08 (3.09 when the
rounded competency scores are averaged); Wen Zhao (Elena and Omar only) 4.00, 3.50, 3.00, 3.50, overall 3.50.
Wen gets the offer (her ticket assigned to Rachel, open); Aaliyah is rejected (her ticket closed).
Counting Raj's form for Wen would give her 3.33, 3.00, 2.67, 2.67, overall 2.92 and a "Strong no hire": the
offer would go to Aaliyah.
"""

import csv
import io

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, has_word, is_about, parse_amount, same_amount
from grading.clients.chat import login
from grading.clients.files import FilesClient
from grading.clients.tracker import Issue, TrackerClient

EXAMINEE, JORDAN, RACHEL = "kai.morgan", "jordan.ellis", "rachel.kim"
SCORES_FILE = "HR/Recruiting/Data_Analyst_2026/Final_Panel_Scores.csv"
PROJECT = "people-ops"
COLUMNS = {"sql": "sql", "statistics": "stat", "communication": "comm", "product_sense": "product", "overall": "overall"}
EXPECTED = {
    "Aaliyah Porter": {"sql": 3.0, "statistics": 8 / 3, "communication": 11 / 3, "product_sense": 3.0, "overall": 37 / 12},
    "Wen Zhao": {"sql": 4.0, "statistics": 3.5, "communication": 3.0, "product_sense": 3.5, "overall": 3.5},
}
OFFER, REJECTED = "Wen Zhao", "Aaliyah Porter"
TOLERANCE = 0.011  # two decimals, either way of rounding
LOG_TOPIC = ("log", "interview", "interviews", "panel", "panels", "feedback", "minutes", "how long", "count",
             "counts", "cut short", "Raj", "fire drill")


def candidates_in(text: str) -> list[str]:
    return [name for name in EXPECTED if any(has_word(text, part) for part in name.split())]


@grader
def asked_jordan() -> bool:
    """A DM to Jordan about the interview log or the panel interviews (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *LOG_TOPIC)
                   for m in chat.direct_messages(JORDAN, username=EXAMINEE))


def _rows() -> dict[str, dict[str, float | None]] | None:
    """Candidate -> their scores by column, when the file has the columns and one row per candidate; else None."""
    text = FilesClient(*admin()).download_text(SCORES_FILE)
    rows = [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))]
    header = list(rows[0]) if rows else []
    name_column = next((k for k in header if "candidate" in k or "name" in k), None)
    columns = {key: next((k for k in header if word in k.replace(" ", "_")), None) for key, word in COLUMNS.items()}
    if name_column is None or None in columns.values():
        return None
    found: dict[str, list[dict[str, float | None]]] = {}
    for row in rows:
        named = candidates_in(row.get(name_column, ""))
        if len(named) > 1:
            return None
        if named:
            found.setdefault(named[0], []).append({key: parse_amount(row.get(col or "", "")) for key, col in
                                                   columns.items()})
    if sorted(found) != sorted(EXPECTED) or any(len(v) != 1 for v in found.values()):
        return None
    return {name: values[0] for name, values in found.items()}


@grader
def scores_file() -> bool:
    """The scores file has the columns and exactly one row per candidate."""
    return _rows() is not None


@grader
def scored_right(candidate: str) -> bool:
    """The candidate's five scores, within 0.01."""
    rows = _rows()
    if rows is None:
        return False
    return all((v := rows[candidate][key]) is not None and same_amount(v, expected, tolerance=TOLERANCE)
               for key, expected in EXPECTED[candidate].items())


def _ticket(candidate: str) -> Issue:
    tracker = TrackerClient(*admin())
    found = tracker.find_issue(PROJECT, f"Data Analyst candidate: {candidate}")
    if found is None:
        raise AssertionError(f"the ticket of {candidate} is gone")
    return tracker.issue(found.id)


def _states_overall(issue: Issue, candidate: str) -> bool:
    """A comment by Kai has a line where the first amount after the word "overall" is the candidate's overall
    score, and every other amount after it is one of their competency scores or the scale's 1 and 4 (no second
    candidate for the overall)."""
    expected = EXPECTED[candidate]
    allowed = [*expected.values(), 1.0, 4.0]
    for comment in issue.comments:
        if comment.author != EXAMINEE:
            continue
        for line in comment.text.splitlines():
            at = line.lower().find("overall")
            found = [a.value for a in amounts_in(line[at:])] if at >= 0 else []
            if (found and same_amount(found[0], expected["overall"], tolerance=TOLERANCE)
                    and all(any(same_amount(v, ok, tolerance=TOLERANCE) for ok in allowed) for v in found)):
                return True
    return False


@grader
def offer_recorded() -> bool:
    """Wen's ticket is open, assigned to Rachel, with Kai's comment giving her overall score; Aaliyah's ticket is
    not assigned to Rachel."""
    offer, other = _ticket(OFFER), _ticket(REJECTED)
    return (not offer.is_closed and offer.assignee == RACHEL and _states_overall(offer, OFFER)
            and other.assignee != RACHEL)


@grader
def rejection_recorded() -> bool:
    """Aaliyah's ticket is closed, with Kai's comment giving her overall score; Wen's is not closed."""
    rejected, offer = _ticket(REJECTED), _ticket(OFFER)
    return rejected.is_closed and _states_overall(rejected, REJECTED) and not offer.is_closed


def grade_checkpoints(trajectory=""):
    has_file = scores_file()
    return Result([
        Checkpoint(1, int(asked_jordan())),
        Checkpoint(1, int(has_file)),
        Checkpoint(2, sum(int(has_file and scored_right(c)) for c in EXPECTED)),
        Checkpoint(1, int(offer_recorded())),
        Checkpoint(1, int(rejection_recorded())),
    ])
