"""Simulated colleagues keep to their facts: the fact check, redrafts and the plain-facts fallback, through
the real litellm path against the deterministic test server (no chat server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO
from fakellm import STYLES, FakeLLM, Reply, colleague_reply

from grading.company import CompanyData
from harness.colleagues.fidelity import allowed_numbers, asked_facts, problems
from harness.colleagues.persona import system_prompt
from harness.colleagues.record import ColleaguesRecord
from harness.colleagues.runner import Colleague, ColleagueGroup
from harness.colleagues.speaker import EnvModel, compose
from harness.task.scenarios import ColleagueScenario, ScenarioFile

COMPANY = CompanyData.load(REPO / "servers" / "company")
SCENARIOS = sorted(REPO.glob("tasks/*/scenarios.yaml"))
CASES = [(path.parent.name, c) for path in SCENARIOS for c in ScenarioFile.load(path).colleagues]


def prompt(scenario: ColleagueScenario) -> str:
    people = COMPANY.people
    return system_prompt(people.get(scenario.username), people.examinee, scenario, COMPANY.company, people)


def test_every_task_colleague_states_facts():
    assert len(SCENARIOS) >= 8
    assert all(c.facts for _, c in CASES)


@pytest.mark.parametrize(("task", "scenario"), CASES, ids=[f"{t}:{c.username}" for t, c in CASES])
def test_plain_facts_and_faithful_phrasings_pass_the_check(task: str, scenario: ColleagueScenario):
    system = prompt(scenario)
    allowed = allowed_numbers(scenario, [system])
    assert problems("\n".join(f.statement for f in scenario.facts), scenario, scenario.facts, allowed) == []
    for style in STYLES:
        reply = colleague_reply(system, style)
        assert problems(reply, scenario, scenario.facts, allowed) == [], (style, reply)


def scenario_of(task: str, username: str) -> ColleagueScenario:
    return next(c for t, c in CASES if t == task and c.username == username)


MAYA = ("groundcount-production-min-group", "maya.johnson")
QUESTION = "Hi Maya! Which --min-group does the production nightly job use?"


def test_check_catches_omission_wrong_statement_and_invented_values():
    scenario = scenario_of(*MAYA)
    asked = asked_facts(scenario, QUESTION)
    assert [scenario.facts.index(f) for f in asked] == [0]
    allowed = allowed_numbers(scenario, [prompt(scenario), QUESTION])
    assert problems("Production runs with a min group size of five.", scenario, asked, allowed) == []
    assert "omits 5" in problems("No idea, sorry!", scenario, asked, allowed)[0]
    wrong = problems("Production uses --min-group 2 these days.", scenario, asked, allowed)
    assert any("not true" in p for p in wrong)
    invented = problems("Production: --min-group 5, and it runs 7 workers.", scenario, asked, allowed)
    assert invented == ["states value(s) that are not in the facts: 7"]


def use(llm: FakeLLM) -> EnvModel:
    return EnvModel("openai/colleague", "k", llm.base_url)


def test_rejected_draft_is_redrafted_with_the_facts():
    scenario = scenario_of(*MAYA)
    drafts = iter(["Production uses --min-group 2.", "Production uses --min-group 5 since the privacy review."])
    with FakeLLM(lambda r: Reply(content=next(drafts))) as llm:
        draft = compose(scenario, prompt(scenario), [("user", QUESTION)], QUESTION, use(llm))
        correction = llm.requests[1]["messages"][0]["content"]
    assert draft.outcome == "llm" and draft.tries == 2 and "--min-group 5" in draft.text
    assert len(draft.rejected) == 1 and "NOT sent" in correction and scenario.facts[0].statement in correction


def test_unfaithful_model_is_replaced_by_the_plain_facts():
    scenario = scenario_of(*MAYA)
    with FakeLLM(lambda r: Reply(content="I think it's 4? Not sure.")) as llm:
        draft = compose(scenario, prompt(scenario), [("user", QUESTION)], QUESTION, use(llm))
        assert len(llm.requests) == 3
    assert draft.outcome == "fallback" and draft.text == scenario.facts[0].statement and len(draft.rejected) == 3


def test_llm_error_without_asked_facts_propagates_and_offline_is_scripted():
    scenario = scenario_of(*MAYA)
    with FakeLLM(lambda r: Reply(status=500)) as llm, pytest.raises(Exception):  # noqa: B017
        compose(scenario, prompt(scenario), [("user", "thanks!")], "thanks!", use(llm))
    offline = compose(scenario, prompt(scenario), [("user", QUESTION)], QUESTION, EnvModel(None))
    assert offline.outcome == "offline" and "--min-group 5" in offline.text


def test_group_writes_colleagues_json(tmp_path: Path):
    scenario = scenario_of(*MAYA)
    person = COMPANY.people.get(scenario.username)
    model = EnvModel("openai/x", "k", "http://127.0.0.1:9/v1")
    colleague = Colleague(person, scenario, COMPANY, model, "http://127.0.0.1:9", lambda *a: None, lambda s: None)
    colleague.stats.replies = 2
    group = ColleagueGroup([colleague], model, tmp_path / "colleagues.json")
    group.stop()  # never started: writes the record all the same
    record = ColleaguesRecord.read(tmp_path / "colleagues.json")
    assert record.env_model == "openai/x" and record.colleagues[0].username == "maya.johnson"
    assert record.colleagues[0].replies == 2


def test_slow_model_gets_no_redraft_past_the_time_budget():
    scenario = scenario_of(*MAYA)
    with FakeLLM(lambda r: Reply(content="I think it's 4?", delay_s=0.4)) as llm:
        draft = compose(scenario, prompt(scenario), [("user", QUESTION)], QUESTION, use(llm), budget_s=0.6)
        assert len(llm.requests) == 1
    assert draft.outcome == "fallback" and draft.tries == 1


def test_failing_model_sends_the_plain_facts_when_facts_were_asked():
    scenario = scenario_of(*MAYA)
    with FakeLLM(lambda r: Reply(status=500)) as llm:
        draft = compose(scenario, prompt(scenario), [("user", QUESTION)], QUESTION, use(llm))
    assert draft.outcome == "fallback" and draft.text == scenario.facts[0].statement and draft.error


# replies SmolLM2-135M wrote in the smoke benchmark: the right names and dates, wrongly paired or without a
# yes/no; both must be rejected
REAL_WRONG = [
    ("reassign-overdue-tickets-during-leave", "marcus.webb",
     "Who should take 'Move CI runners to the new build machines' (#10) and 'Postmortem actions' (#11)?",
     "- The first item should go to Aisha Bello (I do not know her).\n- The second item should go to Kai Morgan."
     "\n\n- The third item should go to Tomas Lindqvist (the original item)."),
    ("groundcount-production-min-group", "maya.johnson", QUESTION,
     "The production nightly job uses a minimum group size of 3. The rest of the data pipeline is running with a "
     "minimum group size of 2, as I mentioned earlier. However, the pipeline is running with the default of 5."),
    ("schedule-advisory-board-dry-run", "omar.haddad", "Which of these slots work for you? - Mon 12-07 13:00 ...",
     "Mon 12-07 13:00\nTue 12-08 14:00\nWed 12-09 10:00\nMon 12-10 11:00\nTue 12-11 10:00\nFri 12-11 10:00"),
]


@pytest.mark.parametrize(("task", "user", "question", "reply"), REAL_WRONG,
                         ids=["paired-wrongly", "wrong-production-value", "no-yes-no"])
def test_values_must_sit_next_to_what_they_answer(task: str, user: str, question: str, reply: str):
    scenario = scenario_of(task, user)
    asked = asked_facts(scenario, question)
    found = problems(reply, scenario, asked, allowed_numbers(scenario, [prompt(scenario), question]))
    assert found and all(" next to /" in p or "not true" in p for p in found)
    assert any(" next to /" in p for p in found)


def test_a_model_slower_than_the_budget_is_cut_off_and_the_facts_are_sent():
    import litellm  # noqa: F401  (imported before timing)

    scenario = scenario_of(*MAYA)
    with FakeLLM(lambda r: Reply(content="Production: --min-group 5.", delay_s=8)) as llm:
        draft = compose(scenario, prompt(scenario), [("user", QUESTION)], QUESTION, use(llm), budget_s=1)
        assert len(llm.requests) == 1  # not retried
    assert draft.outcome == "fallback" and "Timeout" in (draft.error or "") and draft.seconds < 7.5


def test_a_date_or_a_clock_time_does_not_state_a_number():
    """SmolLM2 wrote 'production uses 3 ... since 2026-10-05': the 5 of the date must not count as the value 5."""
    scenario = scenario_of(*MAYA)
    asked = asked_facts(scenario, QUESTION)
    allowed = allowed_numbers(scenario, [prompt(scenario), QUESTION])
    for reply in ("The nightly job uses a minimum group of 3, set on 2026-10-05.",
                  "It is 3 in the nightly job (changed 10/05/2026 at 09:05).",
                  "Minimum group: 3, per the config of 2026-10-05T13:05"):
        assert any(p.startswith("omits 5 next to") for p in problems(reply, scenario, asked, allowed)), reply
    assert problems("It is 5 in production since 2026-10-05.", scenario, asked, allowed) == []
