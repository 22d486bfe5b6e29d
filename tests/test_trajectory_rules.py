"""Every trajectory the harness writes keeps the ATIF rules; external trajectories are merged, not swapped in."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, run_harness

from grading.atif import (
    Agent,
    FinalMetrics,
    Metrics,
    Observation,
    ObservationResult,
    Step,
    ToolCall,
    Trajectory,
    atif_problems,
)
from harness.run.record import RunRecord
from harness.run.recorder import ToolResult, TrajectoryRecorder
from harness.run.trajectory_merge import merge_external

EXAMPLE_AGENT = REPO / "docs" / "examples" / "external-agent.sh"
INSTRUCTION = "Complete the task in /instruction/task.md\n\nDo the thing."


def recorder() -> TrajectoryRecorder:
    return TrajectoryRecorder(session_id="run-1", agent_name="command", agent_version="1", model_name=None,
                              extra={"task": "example", "run_id": "run-1"})


def step(step_id: int, source: str, message: str, at: str | None, **fields: object) -> Step:
    return Step(step_id=step_id, source=source, message=message, timestamp=at, **fields)  # type: ignore[arg-type]


def external() -> Trajectory:
    call = ToolCall(tool_call_id="c1", function_name="bash", arguments={"command": "ls"})
    return Trajectory(
        session_id="theirs", agent=Agent(name="outside", version="2"), notes="their note",
        steps=[
            step(1, "user", INSTRUCTION, "2026-01-01T10:00:01.000Z"),
            step(2, "agent", "looking", "2026-01-01T10:00:02.000Z", tool_calls=[call],
                 observation=Observation(results=[ObservationResult(source_call_id="c1", content="a.txt")]),
                 metrics=Metrics(prompt_tokens=100, completion_tokens=10, cost_usd=0.01)),
            step(3, "agent", "no clock on this one", None),
            step(4, "agent", "done", "2026-01-01T10:00:09.000Z"),
        ],
        final_metrics=FinalMetrics(total_steps=99),
    )


def own() -> Trajectory:
    return Trajectory(
        session_id="run-1", agent=Agent(name="command", version="1"), notes="harness note",
        steps=[
            step(1, "user", INSTRUCTION, "2026-01-01T10:00:00.000Z"),
            step(2, "system", "dana (chat, to you): the numbers are in the sheet", "2026-01-01T10:00:05.000Z",
                 extra={"colleague": {"username": "dana"}}),
        ],
        extra={"workfloor": {"task": "example", "run_id": "run-1"}},
    )


def test_merge_keeps_both_records_in_time_order():
    merged = merge_external(external(), own(), "run-1")
    assert atif_problems(merged) == []
    assert merged.session_id == "run-1" and merged.agent.name == "outside"
    assert [(s.step_id, s.source, s.message[:12]) for s in merged.steps] == [
        (1, "user", INSTRUCTION[:12]),  # the harness's instruction; the agent's identical copy is dropped
        (2, "agent", "looking"),
        (3, "agent", "no clock on "),  # untimed: stays right after the step before it
        (4, "system", "dana (chat, "),
        (5, "agent", "done"),
    ]
    assert merged.steps[0].extra == {"recorded_by": "harness"}
    assert merged.steps[3].extra == {"colleague": {"username": "dana"}, "recorded_by": "harness"}
    assert merged.steps[1].extra is None and merged.steps[1].tool_calls[0].tool_call_id == "c1"
    assert merged.final_metrics is not None
    assert merged.final_metrics.total_steps == 5
    assert (merged.final_metrics.total_prompt_tokens, merged.final_metrics.total_cost_usd) == (100, 0.01)
    assert merged.extra == {"workfloor": {"task": "example", "run_id": "run-1", "external_session_id": "theirs"}}
    assert merged.notes == "their note; harness note"


def test_merge_of_a_different_instruction_keeps_the_agents_user_step():
    theirs = external()
    theirs.steps[0].message = "my own framing of the task"
    merged = merge_external(theirs, own(), "run-1")
    assert [s.message for s in merged.steps if s.source == "user"] == [INSTRUCTION, "my own framing of the task"]
    assert atif_problems(merged) == []


def test_recorder_counts_every_step():
    rec = recorder()
    assert atif_problems(rec.trajectory()) == ["a trajectory needs at least one step"]
    rec = recorder()
    rec.user(INSTRUCTION)
    rec.system("browser signed in")
    rec.agent_step("", [ToolResult("bash", {"command": "ls"}, "a.txt")])
    assert rec.trajectory().final_metrics.total_steps == 3  # type: ignore[union-attr]


@pytest.mark.parametrize(("change", "problem"), [
    (lambda d: d.update(schema_version="ATIF-v1.9"), "unknown schema_version"),
    (lambda d: d.update(session_id=" "), "session_id is empty"),
    (lambda d: d["final_metrics"].update(total_steps=1), "total_steps is 1 but the trajectory has 2 steps"),
    (lambda d: d["steps"][0].update(timestamp="yesterday"), "not ISO 8601"),
    (lambda d: d["steps"][1]["tool_calls"].append(dict(d["steps"][1]["tool_calls"][0])), "repeated within the step"),
    (lambda d: d["steps"][1]["observation"]["results"][0].update(source_call_id="nope"), "unknown tool call"),
    (lambda d: d["steps"][1].update(step_id=3), "step ids must run"),
    (lambda d: d["steps"][0].update(source="robot"), "steps.0.source"),
    (lambda d: d["steps"][0].update(model_name="gpt"), "only allowed on agent steps"),
    (lambda d: d.pop("agent"), "agent: Field required"),
])
def test_validator_names_each_broken_rule(change, problem):
    data = {
        "schema_version": "ATIF-v1.4", "session_id": "s", "agent": {"name": "a", "version": "1"},
        "steps": [
            {"step_id": 1, "timestamp": "2026-01-01T10:00:00Z", "source": "user", "message": "go"},
            {"step_id": 2, "source": "agent", "message": "", "tool_calls": [
                {"tool_call_id": "c1", "function_name": "bash", "arguments": {}}],
             "observation": {"results": [{"source_call_id": "c1", "content": "ok"}]}},
        ],
        "final_metrics": {"total_steps": 2},
    }
    assert atif_problems(data) == []
    change(data)
    problems = atif_problems(json.dumps(data))
    assert problems and problem in problems[0]


# ------------------------------------------------------------------ real runs (Docker)
def only_run(out: Path) -> tuple[RunRecord, str]:
    [run_dir] = [p for p in out.iterdir() if p.is_dir()]
    return (RunRecord.model_validate_json((run_dir / "run.json").read_text()),
            (run_dir / "trajectory.json").read_text())


@pytest.mark.docker
@pytest.mark.parametrize(("args", "env"), [
    (["--agent", "oracle"], {}),
    (["--agent", "null"], {}),
    (["--agent", "command", "--agent-cmd", f"bash {EXAMPLE_AGENT}", "--agent-env", "EXAMPLE_NO_TRAJECTORY"],
     {"EXAMPLE_NO_TRAJECTORY": "1"}),
    (["--agent", "command", "--agent-cmd", f"bash {EXAMPLE_AGENT}"], {}),
], ids=["oracle", "null", "command", "command-own-trajectory"])
def test_each_kind_of_run_writes_a_valid_trajectory(example_image: str, tmp_path: Path, args: list[str],
                                                      env: dict[str, str]):
    result = run_harness("run", "--task", "example", *args, "--output", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr
    record, text = only_run(tmp_path)
    assert atif_problems(text) == []
    trajectory = Trajectory.model_validate_json(text)
    assert trajectory.final_metrics is not None and trajectory.final_metrics.total_steps == len(trajectory.steps)
    assert record.score == (0.0 if "null" in args else 1.0)
    if "command" in args:
        calls = [c.function_name for s in trajectory.steps for c in s.tool_calls or []]
        assert calls == (["process"] if env else ["bash", "bash", "bash"])


@pytest.mark.docker
def test_external_trajectory_is_merged_with_the_harness_record(example_image: str, tmp_path: Path):
    result = run_harness("run", "--task", "example", "--agent", "command", "--agent-cmd", f"bash {EXAMPLE_AGENT}",
                         "--output", str(tmp_path))
    assert result.returncode == 0, result.stderr
    record, text = only_run(tmp_path)
    trajectory = Trajectory.model_validate_json(text)
    assert trajectory.session_id == record.run_id
    assert trajectory.agent.name == "example-external-agent"
    assert trajectory.steps[0].extra == {"recorded_by": "harness"}
    assert [s.source for s in trajectory.steps].count("user") == 1


@pytest.mark.docker
def test_run_failing_at_init_writes_a_valid_trajectory(task_base: str, tmp_path: Path):
    from harness.build.task_image import build_task_image
    from harness.settings import resolve_key
    from harness.task.check import load_task

    folder = tmp_path / "example-broken-init"
    shutil.copytree(REPO / "tasks" / "example", folder)
    toml = folder / "task.toml"
    toml.write_text(toml.read_text().replace('name = "example"', 'name = "example-broken-init"'))
    (folder / "hooks").mkdir()
    (folder / "hooks" / "pre_init.sh").write_text("echo 'setup is broken' >&2; exit 7\n")
    image = build_task_image(load_task(folder), resolve_key()).tag
    result = run_harness("run", "--task", image, "--agent", "null", "--output", str(tmp_path / "out"))
    assert result.returncode == 3, result.stderr
    record, text = only_run(tmp_path / "out")
    assert record.status == "infra_error"
    assert atif_problems(text) == []
    [failure] = Trajectory.model_validate_json(text).steps
    assert failure.source == "system" and "init" in failure.message
