"""grading.answers: the answer-matching helpers, against the cases issue 15's audits found (and their twins)."""

from __future__ import annotations

import pytest

from grading.answers import (
    Amount,
    amounts_in,
    count_distinct_amounts,
    exactly_one,
    has_word,
    is_about,
    is_negated,
    keyword_soup,
    labelled_value,
    labelled_values,
    mentions_all,
    no_offline_credit,
    one_answer,
    parse_amount,
    same_amount,
    same_branch,
    same_share,
    says,
    sentence_with,
    sentences,
    table_cell,
)


def values(text: str) -> list[float]:
    return [a.value for a in amounts_in(text)]


# --- amounts_in -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("$1,234.50", [1234.5]),
    ("USD 1,234", [1234.0]),
    ("1,234 USD", [1234.0]),
    ("626.150", [626.15]),
    ("-30", [-30.0]),
    ("-$30.00", [-30.0]),
    ("$-30", [-30.0]),
    ("−30 (unicode minus)", [-30.0]),
    ("(30.00)", [-30.0]),
    ("($30)", [-30.0]),
    ("rejected (3)", [3.0]),
    ("$ 30 and 40 dollars", [30.0, 40.0]),
    (".5", [0.5]),
    ("version 3.5.", [3.5]),
    ("a $1,840 credit", [1840.0]),
    ("ticket 51 and #52", [51.0, 52.0]),
    ("pages 10-12", [10.0, 12.0]),
])
def test_amounts_in_reads_money_and_signs(text: str, expected: list[float]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "2026-11-03", "due 11/03/2026", "on Nov 3, 2026", "3 November 2026", "for November 2026", "at 18:30",
    "after 6 pm", "wk46 vs wk45", "the 3rd", "0.5k", "ticket-51", "a 30-day window", "v1.2.3 on 10.0.0.1",
    "https://files.example:8080/a/12", "12,34", "1. ",
])
def test_amounts_in_skips_dates_times_and_identifiers(text: str) -> None:
    assert amounts_in(text) == []


@pytest.mark.parametrize(("text", "value"), [("16.3%", 16.3), ("16.3 %", 16.3), ("16.3 percent", 16.3),
                                             ("2 pp", 2.0), ("-4.5%", -4.5)])
def test_amounts_in_marks_percents(text: str, value: float) -> None:
    assert [(a.value, a.percent) for a in amounts_in(text)] == [(value, True)]


def test_amount_span_and_money_flag() -> None:
    text = "Total: $626.15, was 703.65."
    first, second = amounts_in(text)
    assert (first.text, text[first.start:first.end], first.money) == ("$626.15", "$626.15", True)
    assert (second.value, second.money, second.percent) == (703.65, False, False)


def test_numbered_list_markers_are_not_amounts() -> None:
    assert values("1. Hotel: -30.00\n2) Beer: -16.00") == [-30.0, -16.0]


# --- parse_amount, same_amount, same_share ------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "expected"), [
    ("$626.15", 626.15), ("626.15 USD", 626.15), ("**626.150**", 626.15), ("$30.00 (30)", 30.0),
    ("", None), ("n/a", None), ("30 or 31.50", None), ("2026-11-03", None),
])
def test_parse_amount(cell: str, expected: float | None) -> None:
    assert parse_amount(cell) == expected


def test_same_amount_is_an_absolute_tolerance() -> None:
    assert same_amount(626.154, 626.15)
    assert not same_amount(626.16, 626.15)
    assert same_amount(626.9, 626.15, tolerance=1)
    assert not same_amount(-626.15, 626.15)


def test_same_share_percent_and_fraction() -> None:
    assert same_share(amounts_in("99.9059%")[0], 99.91, tolerance_pp=0.01)
    assert not same_share(amounts_in("99.89%")[0], 99.91, tolerance_pp=0.01)
    assert same_share(amounts_in("0.163")[0], 16.3)
    assert same_share(amounts_in("16.3")[0], 16.3)
    assert same_share(amounts_in("16.3%")[0], 16.3)
    assert not same_share(amounts_in("14.8%")[0], 16.3)
    assert not same_share(amounts_in("0.163%")[0], 16.3)


# --- one_answer, count_distinct_amounts ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["$626.15", "626.15 USD", "626.150", "Approved total: **$626.15**",
                                  "626.15 (that is $626.15)"])
def test_one_answer_accepts_formats(text: str) -> None:
    assert one_answer(text, 626.15)


@pytest.mark.parametrize("text", [
    "626.15 (or 657.65 if the taxi is accepted)",
    "\n".join(f"- total {t:.2f}" for t in (703.65, 673.65, 687.65, 672.15, 657.65, 641.65, 642.15, 626.15)),
    "somewhere between 626 and 627",
    "657.65",
    "no total yet",
])
def test_one_answer_refuses_hedges_guesses_and_wrong_values(text: str) -> None:
    assert not one_answer(text, 626.15)


def test_one_answer_among_selects_candidates() -> None:
    line = "Reimburse $626.15 for the 3 nights"
    assert not one_answer(line, 626.15)
    assert one_answer(line, 626.15, among=lambda a: a.money)
    assert not one_answer("Reimburse 626.15 or $657.65", 626.15, among=lambda a: a.money)


def test_one_answer_tolerance() -> None:
    assert one_answer("626.2", 626.15, tolerance=0.05)
    assert not one_answer("626.2", 626.15)


def test_running_balance_is_cut_to_its_labelled_line_by_the_caller() -> None:
    report = "Claimed: 703.65 → 673.65 → 657.65 → 626.15\nReimbursable total: $626.15\n"
    assert not one_answer(report, 626.15)
    assert one_answer(labelled_value(report, "reimbursable total") or "", 626.15)


def test_count_distinct_amounts() -> None:
    assert count_distinct_amounts("626.15, $626.150 and 657.65") == 2
    assert count_distinct_amounts("16.3% of 200 rows", among=lambda a: a.percent) == 1
    assert count_distinct_amounts("nothing") == 0


def test_shares_with_weeks_swapped_fail_on_their_labelled_lines() -> None:
    post = "Slow-booking share wk45: 14.8%\nSlow-booking share wk46: 16.3%"
    swapped = "Slow-booking share wk45: 16.3%\nSlow-booking share wk46: 14.8%"
    def ok(text: str) -> bool:
        got = labelled_value(text, "wk46")
        return got is not None and any(same_share(a, 16.3) for a in amounts_in(got)) and count_distinct_amounts(
            got) == 1
    assert ok(post)
    assert not ok(swapped)
    assert not one_answer("16.3% / 14.8% / 9.3% / 23.8% depending on the definition", 16.3)


# --- labelled_value ---------------------------------------------------------------------------------------

REPORT = """# Expense check — Marcus Webb

**Approved total:** $626.15

### Hotel (Haymarket Plaza)
-$30.00
Folio shows $412.80, not $442.80.

**Beer**

-16.00 — alcohol is never reimbursable

| Item | Change | Reason |
|---|---|---|
| Taxi | -31.50 | no receipt, declarations used up |

- Decision: not moving forward
Follow-up — ask Marcus about the taxi
Time: 18:30
Original total claimed = 703.65
We removed the hotel overcharge: see above for everything else that changed in the claim
"""


@pytest.mark.parametrize(("labels", "expected"), [
    (("approved total",), "$626.15"),
    (("hotel",), "-$30.00"),
    (("beer",), "-16.00 — alcohol is never reimbursable"),
    (("taxi",), "-31.50"),
    (("decision",), "not moving forward"),
    (("follow up",), "ask Marcus about the taxi"),
    (("time",), "18:30"),
    (("original total claimed",), "703.65"),
    (("missing", "absent"), None),
    (("everything else",), None),
])
def test_labelled_value_layouts(labels: tuple[str, ...], expected: str | None) -> None:
    assert labelled_value(REPORT, *labels) == expected


def test_labelled_value_first_match_and_all_matches() -> None:
    assert labelled_value(REPORT, "total") == "$626.15"
    assert labelled_values(REPORT, "total") == ["$626.15", "703.65"]
    assert labelled_value(REPORT, "taxi", "hotel") == "-$30.00"


def test_labelled_value_is_case_insensitive_and_whole_words() -> None:
    assert labelled_value("APPROVED TOTAL: 1", "approved total") == "1"
    assert labelled_value("Subtotal: 5\nTotal: 7", "total") == "7"
    assert labelled_value("Hotels\n30", "hotel") is None
    assert labelled_value("Reason - no receipt", "reason") == "no receipt"
    assert labelled_value("Reason – no receipt", "reason") == "no receipt"


def test_prose_with_a_colon_is_not_a_label() -> None:
    prose = "After checking every receipt against the folio for the hotel: we removed 30"
    assert labelled_value(prose, "hotel") is None
    assert labelled_value("Adjustment for the hotel stay: 30", "hotel") == "30"


def test_labelled_value_blocks_need_a_label_line() -> None:
    assert labelled_value("Hotel\n\n  -30.00\n", "hotel") == "-30.00"
    assert labelled_value("- Hotel:\n- 30.00 off\n", "hotel") == "30.00 off"
    assert labelled_value("The hotel was lovely and clean\n-30.00\n", "hotel") is None


def test_labelled_value_in_a_table_row_and_cell() -> None:
    table = "| Week | Share |\n|---|---|\n| wk45 | 14.8% |\n| wk46 | 16.3% |\n"
    assert labelled_value(table, "wk46") == "16.3%"
    assert table_cell(REPORT, "taxi", "reason") == "no receipt, declarations used up"
    assert table_cell(REPORT, "taxi", "change") == "-31.50"
    assert table_cell(REPORT, "hotel", "change") is None
    assert table_cell(table, "wk46", "share") == "16.3%"


# --- sentences --------------------------------------------------------------------------------------------

def test_sentences_split_lines_and_sentences_but_not_abbreviations_or_decimals() -> None:
    text = ("# Summary\n- We compared e.g. the folio vs. the claim. Total is $1.5 and 3.5 days! Next?\n"
            "1. Dr. Smith met J. Doe at 9 a.m. on Monday. Then he left.\n* [x] done")
    assert sentences(text) == [
        "Summary", "We compared e.g. the folio vs. the claim.", "Total is $1.5 and 3.5 days!", "Next?",
        "Dr. Smith met J. Doe at 9 a.m. on Monday.", "Then he left.", "done"]


# --- says / is_negated ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Unfortunately we are not moving forward with Dana at this time.", "moving forward with"),
    ("We are not owed an SLA credit.", "owed"),
    ("We aren't owed a credit", "owed"),
    ("We arent owed a credit", "owed"),
    ("No credit is owed this quarter.", "credit is owed"),
    ("We will never ship it", "ship"),
    ("Renewal without the price cap", "price cap"),
    ("SLA credit owed: none", "credit owed"),
    ("| SLA credit owed | No |", "credit owed"),
    ("It cannot be reimbursed", "reimbursed"),
    ("Neither Dana nor Priya was shortlisted", "shortlisted"),
    ("We are owed nothing", "owed"),
    ("We are moving forward with no one", "moving forward with"),
])
def test_is_negated(sentence: str, phrase: str) -> None:
    assert is_negated(sentence, phrase)


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("A $1,840 credit is owed under the SLA, not payable automatically.", "credit is owed"),
    ("Not sure yet, but the credit is owed", "credit is owed"),
    ("We are moving forward with Dana.", "moving forward with"),
    ("Submit no later than Friday.", "friday"),
    ("It is not only late but over budget", "over budget"),
    ("We declined to move forward with Dana", "move forward with"),
    ("Credit owed: $1,840 (not automatic)", "credit owed"),
    ("After 18:30 no slots show; the last slot is missing", "last slot is missing"),
    ("Dana is great", "priya"),
    ("Submit no later than Friday", "submit"),
])
def test_is_not_negated(sentence: str, phrase: str) -> None:
    assert not is_negated(sentence, phrase)


def test_says_per_sentence_with_negation() -> None:
    rejection = "Hi Dana, thanks for applying. We are not moving forward with your application."
    assert not says(rejection, "moving forward with")
    assert says(rejection, "moving forward with", negated=True)
    assert says("We're moving forward with you. No other changes.", "moving forward with")
    assert says("a $1,840 credit is owed … not payable automatically", "credit is owed")
    assert not says("a $1,840 credit is owed … not payable automatically", "credit is owed", negated=True)
    assert says("we are not owed an SLA credit", "owed", negated=True)
    assert not says("we are not owed an SLA credit", "owed")


def test_says_needs_the_phrase_in_one_sentence_as_whole_words() -> None:
    assert not says("The credit. Is owed.", "credit is owed")
    assert not says("We owe nothing to the ownedx team", "owned")
    assert says("Please FOLLOW UP by Friday", "follow-up")
    assert says("Please follow-up by Friday", "follow up")
    assert says("We will **not** renew", "renew", negated=True)
    assert not says("", "anything")


def test_steps_need_the_time_of_day_condition() -> None:
    steps = "1. Open the booking page\n2. Pick tomorrow's date after 6pm for that same date\n3. No slots show"
    assert sentence_with(steps, ("after 6 pm", "after 18:00", "evening"), "same date") is not None
    assert sentence_with("1. Open the booking page\n2. Pick tomorrow's date\n3. No slots show",
                         ("after 6 pm", "after 18:00", "evening")) is None


def test_says_any_of_several_synonyms() -> None:
    text = "Thanks, Priya. We'd like to invite you to the next round."
    assert says(text, "moving forward with", "invite you", "next round")
    assert not says(text, "moving forward with", "offer")


def test_keyword_soup_is_not_a_sentence_saying_something() -> None:
    soup = "weekend / days off / calendar vs working days / holidays / off-by-one / timezone"
    assert not says(soup, "counts calendar days instead of working days")
    assert says("The function counts calendar days instead of working days.",
                "counts calendar days instead of working days")


def test_keyword_soup() -> None:
    assert keyword_soup("weekend / days off / calendar vs working days / holidays / off-by-one")
    assert keyword_soup("hotel, beer, taxi, receipt, declaration, alcohol")
    assert not keyword_soup("The function counts calendar days instead of working days, so weekends and "
                            "holidays extend the window.")
    assert not keyword_soup("Removed the beer, the taxi and the hotel overcharge.")


def test_sentence_with_needs_one_statement_saying_every_group() -> None:
    review = ("Nice work overall.\nBug: the loop counts calendar days instead of working days, so a job over a "
              "weekend ends too late.")
    found = sentence_with(review, ("calendar days", "every day"), ("working days", "business days"), "weekend")
    assert found is not None and found.startswith("Bug: the loop counts calendar days")
    soup = "weekend / days off / calendar days vs working days / holidays"
    assert sentence_with(soup, "calendar days", "working days", "weekend") is None
    assert sentence_with(soup, "calendar days", "working days", "weekend", soup_ok=True) == soup
    assert sentence_with("Calendar days are fine. Working days too.", "calendar days", "working days") is None
    assert sentence_with("It does not count working days or calendar days", "calendar days",
                         "working days") is None


def test_no_offline_credit_gives_nothing() -> None:
    assert no_offline_credit("a perfect answer") is False


# --- has_word, mentions_all, is_about -------------------------------------------------------------------------

def test_has_word_whole_names() -> None:
    assert not has_word("Theodore Lin reports to Ana", "Theo")
    assert has_word("Theo's manager is Ana", "Theo")
    assert has_word("Sofia\n  Alvarez, QA Lead (promoted from QA Engineer)", "Sofia Alvarez")
    assert not has_word("Sofia Alvarezova", "Sofia Alvarez")
    assert has_word("**ticket 51**", "ticket 51")
    assert not has_word("ticket 512", "ticket 51")


def test_mentions_all_and_is_about() -> None:
    msg = "Hi Marcus, is there a receipt for the $31.50 taxi on the 3rd?"
    assert mentions_all(msg, "taxi", "receipt")
    assert not mentions_all(msg, "taxi", "declaration")
    assert is_about(msg, "taxi", "cab", "receipt", minimum=2)
    assert not is_about("hi Elena :)", "slow-booking", "share", "kpi")
    assert not is_about(msg, "taxi", "taxi", minimum=2)
    assert is_about("The slow booking share rose", "slow-booking")


# --- same_branch, exactly_one -----------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "ok"), [
    ("fix/slot", True), (" refs/heads/fix/slot\n", True), ("origin/fix/slot", True),
    ("refs/remotes/origin/fix/slot", True), ("fix/slot-finder", False), ("my-fix/slot", False),
    ("Fix/Slot", False), ("", False),
])
def test_same_branch(name: str, ok: bool) -> None:
    assert same_branch(name, "fix/slot") is ok


def test_exactly_one() -> None:
    tickets = ["evening bug", "evening bug", "other"]
    assert exactly_one(tickets, lambda t: "evening" in t) is None
    assert exactly_one(tickets, lambda t: t == "other") == "other"
    assert exactly_one([], lambda t: True) is None
    assert exactly_one(iter([0, 5]), lambda n: n > 1) == 5


def test_amount_is_frozen() -> None:
    amount = Amount(1.0, False, "1", 0, 1)
    with pytest.raises(AttributeError):
        amount.value = 2.0  # type: ignore[misc]
