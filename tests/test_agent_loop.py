"""The built-in agent loop with real-model behaviour (through the deterministic test server): nudging a reply
without a tool call, errors that must not be retried, the system prompt and per-step details in the
trajectory, unknown prices, and the model an http endpoint reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_harness
from fakellm import FakeLLM, Reply
from test_run import only_run

pytestmark = pytest.mark.docker


def answer_after_nudge(request):
    if any(m["role"] == "user" and "without calling a tool" in str(m["content"]) for m in request["messages"]):
        return Reply(tool_calls=[("finish", {"answer": "done after the nudge"})])
    return Reply(content="I think the answer is 42.")


def run_llm(llm: FakeLLM, out: Path, *extra: str):
    return run_harness("run", "--task", "example", "--agent", "llm", "--model", "openai/local-model", "--api-base",
                       llm.base_url, "--no-browser", "--output", str(out), *extra)


def test_reply_without_tool_call_is_nudged_once_and_steps_are_detailed(example_image: str, tmp_path: Path):
    with FakeLLM(answer_after_nudge) as llm:
        result = run_llm(llm, tmp_path)
        assert len(llm.requests) == 2
    assert result.returncode == 0, result.stderr
    assert "no known price, cost recorded as 0; --max-cost ($5) cannot apply" in result.stderr
    record, trajectory = only_run(tmp_path)
    assert record.answer == "done after the nudge" and record.cost_usd == 0
    first = trajectory.steps[0]
    assert first.source == "system" and first.extra == {"system_prompt": True}
    assert first.message.startswith("You are a new employee") and trajectory.steps[1].source == "user"
    agent_steps = [s for s in trajectory.steps if s.source == "agent"]
    assert [s.extra["finish_reason"] for s in agent_steps] == ["stop", "tool_calls"]
    assert all(s.extra["duration_s"] >= s.extra["model_s"] >= 0 for s in agent_steps)
    assert [s.extra for s in trajectory.steps if s.source == "user"][1:] == [{"nudge": True}]
    assert "cannot apply" in (trajectory.notes or "")


def test_answer_policy_takes_the_text_at_once(example_image: str, tmp_path: Path):
    with FakeLLM(answer_after_nudge) as llm:
        result = run_llm(llm, tmp_path, "--no-tool-call", "answer")
        assert len(llm.requests) == 1
    assert result.returncode == 0, result.stderr
    record, _ = only_run(tmp_path)
    assert record.answer == "I think the answer is 42."


@pytest.mark.parametrize(("reply", "requests", "error"), [
    (Reply(status=401, error_message="invalid api key"), 1, "AuthenticationError"),
    (Reply(status=400, error_message="This model's maximum context length is 8192 tokens, however you requested "
                                     "9000 tokens. Please reduce the length of the messages."), 1,
     "ContextWindowExceededError"),
    (Reply(status=503, error_message="overloaded"), 3, "after 3 attempts"),
], ids=["authentication", "context-window", "transient"])
def test_errors_that_cannot_succeed_are_not_retried(example_image: str, tmp_path: Path, reply: Reply,
                                                    requests: int, error: str):
    with FakeLLM(lambda r: reply) as llm:
        result = run_llm(llm, tmp_path)
        assert len(llm.requests) == requests
    assert result.returncode == 4
    record, _ = only_run(tmp_path)
    assert record.status == "agent_error" and error in (record.error or "")


def test_http_agent_records_the_model_the_endpoint_reports(example_image: str, tmp_path: Path):
    finish = lambda r: Reply(tool_calls=[("finish", {"answer": "x"})])  # noqa: E731
    with FakeLLM(finish, served_model="SmolLM2-135M-Instruct") as endpoint:
        result = run_harness("run", "--task", "example", "--agent", "http", "--agent-url", endpoint.base_url,
                             "--no-browser", "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    record, trajectory = only_run(tmp_path)
    assert record.agent.model == "SmolLM2-135M-Instruct" == trajectory.agent.model_name
    assert [s.model_name for s in trajectory.steps if s.source == "agent"] == ["SmolLM2-135M-Instruct"]
