"""The calibration set: statements with known answers (for the judge) and colleague questions with known
facts (for simulated colleagues). Small on purpose: the check must finish in a minute on a local model."""

from __future__ import annotations

from dataclasses import dataclass

from ..task.scenarios import ColleagueScenario, Fact, MustNot

EXPENSE = ("Hi Victor, I checked Marcus Webb's Lincoln expense report: the reimbursable total is $626.15. I removed "
           "the two beers ($16.00), the hotel over-claim ($30.00) and the taxi without a receipt ($31.50).")
SPRINT = ("Sprint 42 plan: INT-12, INT-15 and FD-3 are in. FD-9 moves to the next sprint because of the code "
          "freeze on 12-11.")
NOTES = "Release 4.13: partner webhooks are new. Known issue: the CSV export times out above 50,000 rows."
PIPELINE = "Production runs the nightly job with --min-group 5; staging uses --min-group 2 for debugging."


@dataclass(frozen=True)
class Statement:
    content: str
    predicate: str
    expected: bool


STATEMENTS = [
    Statement(EXPENSE, "The message gives a reimbursable total of $626.15.", True),
    Statement(EXPENSE, "The message says the taxi was reimbursed.", False),
    Statement(SPRINT, "FD-9 is part of sprint 42.", False),
    Statement(SPRINT, "The plan gives the code freeze as the reason FD-9 moves.", True),
    Statement(NOTES, "The release notes mention a known issue with the CSV export.", True),
    Statement(NOTES, "The release notes say that the CSV export problem is fixed.", False),
    Statement(PIPELINE, "According to the text, production uses a minimum group size of 2.", False),
    Statement(PIPELINE, "According to the text, production uses a minimum group size of 5.", True),
]


@dataclass(frozen=True)
class ColleagueCase:
    username: str
    scenario: ColleagueScenario
    question: str


def _scenario(username: str, text: str, facts: list[Fact], must_not: list[MustNot] | None = None) -> ColleagueScenario:
    return ColleagueScenario(username=username, scenario=text, facts=facts, must_not=must_not or [])


COLLEAGUES = [
    ColleagueCase("maya.johnson", _scenario(
        "maya.johnson", "You run the nightly pipeline. Production uses --min-group 5; staging uses --min-group 2.",
        [Fact(statement="Production runs with --min-group 5.", values=["5"], asked="prod|min.?group")],
        [MustNot(statement="production uses 2", pattern=r"production[^.\n]{0,40}\b2\b")]),
        "Hi Maya! Which --min-group does the production nightly job use?"),
    ColleagueCase("elena.popescu", _scenario(
        "elena.popescu", "You picked Lucia Brandt for the internship: $23.50 per hour, 16 hours per week.",
        [Fact(statement="I chose Lucia Brandt: $23.50 per hour, 16 hours per week.",
              values=["Lucia Brandt", "$23.50", "16"], asked="intern|pick|terms")]),
        "Hi Elena, which candidate did you pick for the internship, and what are the terms?"),
    ColleagueCase("marcus.webb", _scenario(
        "marcus.webb", "You go on leave from 2026-11-23 to 2026-12-04. Tomas should take the CI runner ticket.",
        [Fact(statement="Tomas should take the CI runner ticket while I am away (2026-11-23 to 2026-12-04).",
              values=["Tomas"], asked="runner|ticket|who")]),
        "hey Marcus, who should take your CI runner ticket while you're away?"),
]
