"""llm_judge through the real litellm code path against the deterministic test server: structured
verdicts, voting, the fallback computed alongside, disagreements recorded in eval.json."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from fakellm import FakeLLM, Reply, last_user_text

from grading import LLMUnavailable, llm_judge
from grading.crypto import encrypt, salt_for
from grading.formats import EvalOutput
from grading.llm import parse_verdict, take_judgments


@pytest.fixture(autouse=True)
def _fresh_record():
    take_judgments()
    yield
    take_judgments()


def use(monkeypatch, llm: FakeLLM) -> None:
    for key, value in llm.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("LITELLM_NUM_RETRIES", "0")


def judge_by_keyword(request):
    text = last_user_text(request)
    verdict = "yes" if "budget approved" in text.lower() else "no"
    return Reply(content=json.dumps({"reason": f"the content {'does' if verdict == 'yes' else 'does not'} say so",
                                     "verdict": verdict}))


def test_structured_verdict_with_reason_is_recorded(monkeypatch):
    with FakeLLM(judge_by_keyword) as llm:
        use(monkeypatch, llm)
        assert llm_judge("Update: the Q3 budget approved by Dana.", "the message says the budget was approved")
        assert not llm_judge("Nothing new today.", "the message says the budget was approved",
                             fallback=lambda t: "budget" in t)
        request = llm.requests[0]
        assert request["temperature"] == 0 and request["max_tokens"] >= 100
        assert request["response_format"]["type"] == "json_schema"
    first, second = take_judgments()
    assert first.verdict and first.source == "llm" and first.reasons == ["the content does say so"]
    assert first.fallback is None and not first.disagrees
    assert second.verdict is False and second.fallback is False and not second.disagrees


def test_disagreement_with_the_fallback_is_recorded_and_the_judge_decides(monkeypatch):
    with FakeLLM(lambda r: Reply(content='{"reason": "it is there", "verdict": "yes"}')) as llm:
        use(monkeypatch, llm)
        assert llm_judge("some text", "anything", fallback=lambda t: False)
    [judgment] = take_judgments()
    assert judgment.disagrees and judgment.verdict and judgment.fallback is False


def test_voting_over_samples_majority_wins(monkeypatch):
    answers = iter(['{"reason": "a", "verdict": "no"}', "Yes, clearly.", '{"reason": "c", "verdict": "yes"}'])
    with FakeLLM(lambda r: Reply(content=next(answers))) as llm:
        use(monkeypatch, llm)
        assert llm_judge("text", "statement", samples=3)
        assert len(llm.requests) == 3 and all(r["temperature"] > 0 for r in llm.requests)
    [judgment] = take_judgments()
    assert judgment.votes == [False, True, True] and len(judgment.reasons) == 3


def test_unparseable_or_tied_answers_use_the_fallback_or_fail(monkeypatch):
    with FakeLLM(lambda r: Reply(content="I am not sure what you mean.")) as llm:
        use(monkeypatch, llm)
        assert llm_judge("text", "statement", fallback=lambda t: True)
        with pytest.raises(LLMUnavailable, match="no majority"):
            llm_judge("text", "statement")
    used, failed = take_judgments()
    assert used.source == "fallback" and used.votes == [None]
    assert failed.source == "none"


def test_llm_error_uses_fallback_else_raises(monkeypatch):
    with FakeLLM(lambda r: Reply(status=500)) as llm:
        use(monkeypatch, llm)
        with pytest.raises(LLMUnavailable, match="environment LLM call failed"):
            llm_judge("text", "anything")
        assert llm_judge("budget approved", "approved?", fallback=lambda t: "approved" in t)
    judgments = take_judgments()
    assert judgments[-1].source == "fallback" and "environment LLM call failed" in (judgments[-1].error or "")


def test_structured_output_refused_falls_back_to_plain_text(monkeypatch):
    def picky(request):
        if "response_format" in request:
            return Reply(status=400)
        return Reply(content="no")

    with FakeLLM(picky) as llm:
        monkeypatch.setenv("LITELLM_MODEL", "openai/picky")
        monkeypatch.setenv("LITELLM_API_KEY", "k")
        monkeypatch.setenv("LITELLM_BASE_URL", llm.base_url)
        monkeypatch.setenv("LITELLM_NUM_RETRIES", "0")
        assert not llm_judge("text", "statement")
        assert not llm_judge("text", "statement")
        assert [("response_format" in r) for r in llm.requests] == [True, False, False]


def test_offline_uses_fallback(monkeypatch):
    monkeypatch.setenv("LITELLM_MODEL", "offline")
    assert llm_judge("budget approved", "approved?", fallback=lambda t: "approved" in t)
    with pytest.raises(LLMUnavailable):
        llm_judge("x", "y")
    [judgment] = take_judgments()
    assert judgment.source == "fallback" and judgment.model is None


@pytest.mark.parametrize(("reply", "verdict"), [
    ('{"reason": "r", "verdict": "yes"}', True), ('```json\n{"verdict": "no", "reason": "r"}\n```', False),
    ("Reason: it says so. Verdict: yes", True), ("No.", False), ("maybe", None), ('{"verdict": "perhaps"}', None),
])
def test_parse_verdict(reply: str, verdict: bool | None):
    assert parse_verdict(reply)[0] is verdict


JUDGED = """
from grading import Checkpoint, Result, llm_judge
def grade_checkpoints(trajectory=""):
    ok = llm_judge("the total is $626.15", "the total is $626.15", fallback=lambda t: "626.15" in t)
    return Result([Checkpoint(1, int(ok))])
"""


def test_eval_json_carries_the_judgments(tmp_path: Path):
    evaluator = tmp_path / "evaluator.enc"
    evaluator.write_text(encrypt(JUDGED.encode(), "k", salt=salt_for("t"), purpose="evaluator.py").model_dump_json())
    out = tmp_path / "eval.json"
    with FakeLLM(lambda r: Reply(content='{"reason": "not stated", "verdict": "no"}')) as llm:
        env = {**os.environ, **llm.env(), "DECRYPTION_KEY": "k", "LITELLM_NUM_RETRIES": "0"}
        result = subprocess.run([sys.executable, str(REPO / "utils" / "eval.py"), "--evaluator", str(evaluator),
                                 "--output_path", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    data = EvalOutput.model_validate_json(out.read_text())
    assert data.score == 0.0
    [judgment] = data.judgments
    assert judgment.reasons == ["not stated"] and judgment.fallback is True and judgment.disagrees
    # files written before judgments were recorded still validate
    assert EvalOutput.model_validate({"checkpoints": [{"total": 1, "result": 1}],
                                      "final_score": {"total": 1, "result": 1}, "score": 1.0}).judgments == []
