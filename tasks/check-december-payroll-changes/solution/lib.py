"""Shared by the solutions (python_default): the payroll files, the expected gross pay, the outputs."""

import csv
import io
import os
import re
import sys
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

sys.path.insert(0, "/utils")

from grading.clients.chat import login
from grading.clients.files import FilesClient

USER, PASSWORD = os.environ["WORKFLOOR_USERNAME"], os.environ["WORKFLOOR_PASSWORD"]
files = FilesClient(USER, PASSWORD)
CHECK = "HR/Payroll/Payroll_Check_2026-12-15.csv"
START, END = date(2026, 12, 1), date(2026, 12, 15)


def _csv(path: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(files.download_text(path))))


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def working_days(first: date, last: date) -> int:
    return sum(1 for n in range((last - first).days + 1) if (first + timedelta(n)).weekday() < 5)


def expected(*, apply_future_raises: bool = False, full_period_hires: bool = False,
             approved_bonus: set[str] = frozenset()) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """(employee -> correct gross, employee -> draft gross) for the December 15 run."""
    last = {r["employee"]: Decimal(r["annual_salary_usd"])
            for r in _csv("Finance/Payroll/Payroll_Export_2026-11-30.csv")}
    draft = {r["employee"]: r for r in _csv("Finance/Payroll/Payroll_Export_2026-12-15_DRAFT.csv")}
    salary, worked = dict(last), {name: working_days(START, END) for name in last}
    unpaid: dict[str, int] = {}
    for change in _csv("HR/Payroll/Approved_Changes_2026-12.csv"):
        name, effective = change["employee"], date.fromisoformat(change["effective_date"])
        if effective > END and not apply_future_raises:
            continue
        amounts = [Decimal(a.replace(",", "")) for a in re.findall(r"\$([\d,]+)", change["details"])]
        if "new hire" in change["change"] and name not in last:
            salary[name] = amounts[0]
            worked[name] = working_days(max(effective, START), END)
        elif "->" in change["details"]:
            salary[name] = amounts[-1]
        elif "unpaid leave" in change["change"]:
            unpaid[name] = int(re.search(r"\((\d+) working days\)", change["details"]).group(1))
    full = working_days(START, END)
    correct = {}
    for name, annual in salary.items():
        if worked[name] < full and not full_period_hires:
            gross = cents(annual / 260 * worked[name])
        else:
            gross = cents(annual / 24)
        gross -= cents(annual / 260 * unpaid.get(name, 0))
        if name in approved_bonus:
            gross += Decimal(draft[name]["bonus_usd"])
        correct[name] = gross
    return correct, {n: Decimal(r["gross_pay_usd"]) for n, r in draft.items()}


def bonuses() -> list[str]:
    draft = _csv("Finance/Payroll/Payroll_Export_2026-12-15_DRAFT.csv")
    return [r["employee"] for r in draft if Decimal(r["bonus_usd"]) != 0]


def ask(person: str, text: str) -> str:
    with login(USER, PASSWORD) as chat:
        return chat.ask(person, text, timeout=120)


def differences(correct: dict[str, Decimal], draft: dict[str, Decimal]) -> list[tuple[str, Decimal | None, Decimal]]:
    return [(n, draft.get(n), g) for n, g in correct.items() if draft.get(n) != g]


def write_check(rows: list[list[str]], header: tuple[str, ...] = ("employee", "problem", "draft_gross_usd",
                                                                   "correct_gross_usd")) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    files.upload(CHECK, out.getvalue())
    print(out.getvalue())


def tell_grace(text: str) -> None:
    with login(USER, PASSWORD) as chat:
        chat.send_direct_message("grace.liu", text)
