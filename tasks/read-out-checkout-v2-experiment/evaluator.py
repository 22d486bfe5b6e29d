"""Grades the checkout v2 readout: asking Elena which users count, the filled readout, and the call to Hannah.

Answer key (the hook's export; Elena: leave out tallgrass.test testers and users with 0 checkout sessions):
control 100 of 1,000 converted (10.00%), treatment 118 of 1,000 (11.80%), relative lift 18.0%, two-sided
two-proportion z-test z = 1.29, p = 0.197: not significant at 95%. Counting every row: 10.29% vs 15.02%, lift
46%, p = 0.001 ("significant"); leaving out only the testers: 9.62% vs 11.40%, p = 0.185.
"""

import csv
import io
import math
import re

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, is_about, parse_amount, same_share, says
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE, ELENA, HANNAH = "kai.morgan", "elena.popescu", "hannah.brooks"
READOUT = "Data/Experiments/Checkout_v2_Readout.csv"
CONTROL, TREATMENT = (1000, 100), (1000, 118)
RATE = {"control": 100 * CONTROL[1] / CONTROL[0], "treatment": 100 * TREATMENT[1] / TREATMENT[0]}
LIFT = 100 * (RATE["treatment"] - RATE["control"]) / RATE["control"]
_POOLED = (CONTROL[1] + TREATMENT[1]) / (CONTROL[0] + TREATMENT[0])
_Z = (TREATMENT[1] / TREATMENT[0] - CONTROL[1] / CONTROL[0]) / math.sqrt(
    _POOLED * (1 - _POOLED) * (1 / CONTROL[0] + 1 / TREATMENT[0]))
P_VALUE = math.erfc(abs(_Z) / math.sqrt(2))  # 0.1965
RATE_TOLERANCE_PP, LIFT_TOLERANCE_PP, P_TOLERANCE = 0.05, 0.3, 0.005
NO = re.compile(r"^\s*(no|false|n|0|not significant|not statistically significant)\s*\.?\s*$", re.IGNORECASE)
ASK_TOPIC = ("users", "user", "exclude", "include", "filter", "count", "internal", "testers", "tester", "sessions",
             "analysis", "data", "which", "clean")


@grader
def asked_elena() -> bool:
    """A DM to Elena about which users to count (a greeting alone does not count)."""
    with login(*admin()) as chat:
        return any(m.sender == EXAMINEE and is_about(m.body, *ASK_TOPIC)
                   for m in chat.direct_messages(ELENA, username=EXAMINEE))


def _readout() -> dict[str, str]:
    """Metric -> value text; a metric on several rows is left out (one answer per question)."""
    text = FilesClient(*admin()).download_text(READOUT)
    rows = [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff"))) if r]
    found: dict[str, list[str]] = {}
    for row in rows[1:]:
        found.setdefault(row[0].strip().lower(), []).append(",".join(row[1:]).strip())
    return {metric: values[0] for metric, values in found.items() if len(values) == 1}


def _one_share(value: str, expected: float, tolerance_pp: float) -> bool:
    amounts = amounts_in(value)
    return len(amounts) == 1 and same_share(amounts[0], expected, tolerance_pp=tolerance_pp)


@grader
def rates_right() -> bool:
    """Both conversion rates, as a percent or a fraction, within 0.05 percentage points."""
    readout = _readout()
    return all(_one_share(readout.get(f"{v}_conversion_rate", ""), RATE[v], RATE_TOLERANCE_PP) for v in RATE)


@grader
def lift_right() -> bool:
    """The relative lift of treatment over control, within 0.3 percentage points."""
    return _one_share(_readout().get("relative_lift", ""), LIFT, LIFT_TOLERANCE_PP)


@grader
def test_right() -> bool:
    """The two-sided p-value within 0.005, and "not significant at 95%"."""
    readout = _readout()
    p = parse_amount(readout.get("p_value", ""))
    return (p is not None and abs(p - P_VALUE) <= P_TOLERANCE
            and NO.match(readout.get("significant_at_95", "")) is not None)


@grader
def told_hannah() -> bool:
    """Kai's DMs to Hannah call the result not significant (or inconclusive) and never significant (graded only
    with the test right: a call without the numbers behind it is a guess)."""
    with login(*admin()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages(HANNAH, username=EXAMINEE) if m.sender == EXAMINEE)
    not_significant = says(text, "significant", negated=True) or says(text, "inconclusive")
    return bool(text) and not_significant and not says(text, "significant")


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(asked_elena())),
        Checkpoint(1, int(rates_right())),
        Checkpoint(1, int(lift_right())),
        Checkpoint(1, int(test_right())),
        Checkpoint(1, int(test_right() and told_hannah())),
    ])
