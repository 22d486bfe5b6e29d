"""Grades the December 15 payroll check: the rows of HR/Payroll/Payroll_Check_2026-12-15.csv and the DM to Grace.

Wrong in the draft: Ben Kowalski's salary changed with no approved change (4,587.50 -> 4,208.33), Lucia Romero
(new hire from Monday 12-14: 2 working days x 58,000 / 260) is missing (446.15), and Sofia Alvarez's raise,
effective 2027-01-01, is already applied (4,000.00 -> 3,833.33). Right despite a difference: Aisha Bello's
promotion (12-01), Raj Iyer's 5 unpaid days, Marcus Webb's $1,500 bonus (approved by Priya, his manager).

A row belongs to a person when its employee cell names their last name (or full name) as whole words; the
correct gross is read from the row's own cell (one answer). In the DM, each of the three must be named in a
sentence that states their correct gross; another person named with an amount and a correction cue ("should be",
"->", "missing", ...) fails.
"""

import csv
import io

from grading import Checkpoint, Result, admin, grader
from grading.answers import amounts_in, has_word, one_answer, same_amount, says, sentences
from grading.clients.chat import login
from grading.clients.files import FilesClient

EXAMINEE, GRACE = "kai.morgan", "grace.liu"
CHECK = "HR/Payroll/Payroll_Check_2026-12-15.csv"
EXPECTED = {"Ben Kowalski": 4208.33, "Lucia Romero": 446.15, "Sofia Alvarez": 3833.33}
OTHERS = ["Daniel Reyes", "Margaret Okafor", "Victor Mendes", "Tomas Lindqvist", "Hannah Brooks", "Rachel Kim",
          "Nina Petrova", "Priya Natarajan", "Grace Liu", "Felix Wagner", "Elena Popescu", "Marcus Webb",
          "Aisha Bello", "Lena Fischer", "Raj Iyer", "Chloe Tran", "Omar Haddad", "Jordan Ellis", "Maya Johnson",
          "Samuel Osei", "Kai Morgan"]
CORRECTION = ("should be", "should have", "should get", "instead of", "->", "→", "missing", "wrong", "incorrect",
              "fix", "change to", "correct to", "correct gross", "correct pay", "add", "remove", "too high", "too low",
              "overpaid", "underpaid", "error")


def _names(name: str) -> tuple[str, ...]:
    first, last = name.split()
    return (name, f"{last}, {first}", last)


def person_of(cell: str) -> str | None:
    """The employee a cell names (full name, 'Last, First' or last name), or None when it names no one known."""
    for name in [*EXPECTED, *OTHERS]:
        if any(has_word(cell, n) for n in _names(name)):
            return name
    return None


def check_rows() -> list[dict[str, str]]:
    text = FilesClient(*admin()).download_text(CHECK).lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    if "employee" not in header or "correct_gross_usd" not in header:
        raise AssertionError(f"columns missing: {reader.fieldnames}")
    rows = [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in reader]
    return [r for r in rows if any(r.values())]


def row_ok(rows: list[dict[str, str]], name: str) -> bool:
    """Exactly one row for ``name``, and its correct gross is the expected one (one answer)."""
    mine = [r for r in rows if person_of(r.get("employee", "")) == name]
    return len(mine) == 1 and one_answer(mine[0].get("correct_gross_usd", ""), EXPECTED[name])


def no_false_rows(rows: list[dict[str, str]]) -> bool:
    people = [person_of(r.get("employee", "")) for r in rows]
    return bool(rows) and all(p in EXPECTED for p in people) and len(people) == len(set(people))


@grader
def ben_row() -> bool:
    return row_ok(check_rows(), "Ben Kowalski")


@grader
def lucia_row() -> bool:
    return row_ok(check_rows(), "Lucia Romero")


@grader
def sofia_row() -> bool:
    return row_ok(check_rows(), "Sofia Alvarez")


@grader
def only_the_errors() -> bool:
    return no_false_rows(check_rows())


def _named(sentence: str, name: str) -> bool:
    first = name.split()[0]
    return any(has_word(sentence, n) for n in (*_names(name), first))


def grace_message_ok(text: str) -> bool:
    lines = sentences(text)
    stated = all(any(_named(s, name) and any(same_amount(a.value, gross) for a in amounts_in(s)) for s in lines)
                 for name, gross in EXPECTED.items())
    flagged_other = any(_named(s, other) and not any(_named(s, n) for n in EXPECTED) and amounts_in(s)
                        and says(s, *CORRECTION) for s in lines for other in OTHERS)
    return stated and not flagged_other


@grader
def grace_told() -> bool:
    with login(*admin()) as chat:
        text = "\n".join(m.body for m in chat.direct_messages(GRACE, username=EXAMINEE) if m.sender == EXAMINEE)
    return grace_message_ok(text)


def grade_checkpoints(trajectory=""):
    return Result([
        Checkpoint(1, int(ben_row())),
        Checkpoint(1, int(lucia_row())),
        Checkpoint(1, int(sofia_row())),
        Checkpoint(1, int(only_the_errors())),
        Checkpoint(1, int(grace_told())),
    ])
