"""`harness env-llm check` against the deterministic test server: a fit and two unfit models."""

from __future__ import annotations

import json

from conftest import run_harness
from fakellm import FakeLLM, Reply, office_llm

from harness.envcheck.calibration import STATEMENTS


def knows_the_answers(user_text: str) -> bool:
    return next(s.expected for s in STATEMENTS if s.predicate in user_text and s.content in user_text)


def check(llm: FakeLLM, *extra: str):
    return run_harness("env-llm", "check", "--env-model", "openai/calibrated", "--env-api-key", "k",
                       "--env-base-url", llm.base_url, *extra, env={"LITELLM_NUM_RETRIES": "0"}, timeout=300)


def test_fit_model_passes_and_reports_json():
    with FakeLLM(office_llm("paraphrased", decide=knows_the_answers)) as llm:
        result = check(llm, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["fit_to_grade"] and data["fit_to_play_colleagues"]
    assert data["judge_right"] == data["judge_total"] == len(STATEMENTS)
    assert "fit to grade" in result.stderr and "NOT" not in result.stderr


def test_yes_sayer_is_unfit_to_grade():
    with FakeLLM(office_llm("verbatim", decide=lambda text: True)) as llm:
        result = check(llm)
    assert result.returncode == 1
    assert "NOT fit to grade" in result.stderr and "fit to play colleagues" in result.stderr


def test_inventing_colleague_is_unfit_to_play():
    def inventor(request):
        if str(request["messages"][0]["content"]).startswith("You are a strict"):
            return office_llm(decide=knows_the_answers)(request)
        return Reply(content="Sure, it's 7, I think. Or maybe 42.")

    with FakeLLM(inventor) as llm:
        result = check(llm)
    assert result.returncode == 1
    assert "NOT fit to play colleagues" in result.stderr
    assert "states value(s) that are not in the facts" in result.stderr


def test_no_model_is_a_one_line_error():
    result = run_harness("env-llm", "check", env={"LITELLM_MODEL": ""})
    assert result.returncode == 2 and result.stderr.startswith("error: no environment LLM configured")


def test_verify_env_llm_needs_a_model(tmp_path):
    result = run_harness("verify", "example", "--env-llm", "--output", str(tmp_path), env={"LITELLM_MODEL": ""})
    assert result.returncode == 2 and "--env-llm needs an environment LLM" in result.stderr


def test_judge_samples_reach_the_grader_and_bad_values_are_refused(monkeypatch, tmp_path):
    from harness.run.lifecycle import EnvLLM

    monkeypatch.setenv("WORKFLOOR_JUDGE_SAMPLES", "3")
    assert EnvLLM("openai/x").env()["WORKFLOOR_JUDGE_SAMPLES"] == "3"
    monkeypatch.setenv("WORKFLOOR_JUDGE_SAMPLES", "1")
    assert "WORKFLOOR_JUDGE_SAMPLES" not in EnvLLM("openai/x").env()
    result = run_harness("verify", "example", "--output", str(tmp_path), env={"WORKFLOOR_JUDGE_SAMPLES": "many"})
    assert result.returncode == 2 and "WORKFLOOR_JUDGE_SAMPLES='many'" in result.stderr
    assert "Traceback" not in result.stderr
