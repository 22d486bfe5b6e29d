"""Every colleague task's reference solution scores 1.0 when the environment LLM (the deterministic test
server) plays its colleagues in several phrasings (verbatim, paraphrased, reordered, with small talk) and
judges: `harness verify --env-llm` on isolated stacks (the graders reach the host's test server through the
relay), with colleague and judge figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REPO, run_harness
from fakellm import FakeLLM, office_llm

from grading.formats import EvalOutput
from harness.colleagues.record import ColleaguesRecord

pytestmark = [pytest.mark.docker]

COLLEAGUE_TASKS = sorted(p.parent.name for p in REPO.glob("tasks/*/scenarios.yaml"))


def test_oracles_score_full_marks_with_paraphrasing_colleagues(tmp_path: Path):
    assert len(COLLEAGUE_TASKS) >= 8
    with FakeLLM(office_llm("rotate")) as llm:
        result = run_harness("verify", *COLLEAGUE_TASKS, "--full-only", "--env-llm", "--output",
                             str(tmp_path), env={**llm.env("openai/office"), "LITELLM_NUM_RETRIES": "0"},
                             timeout=3600)
        colleague_requests = [r for r in llm.requests if not r["messages"][0]["content"].startswith("You are a strict")]
    print(result.stdout[-8000:])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-3000:]
    assert re.search(r"(\d+)/\1 tasks pass", result.stderr)
    assert "judge vs fallback" in result.stdout
    assert len(colleague_requests) >= len(COLLEAGUE_TASKS)
    oracle_dirs = [d for d in tmp_path.glob("*/runs/*") if d.is_dir() and "-oracle-" in d.name]  # verify's study
    assert len(oracle_dirs) >= len(COLLEAGUE_TASKS)
    asked = judged = 0
    for run_dir in oracle_dirs:
        record = ColleaguesRecord.read(run_dir / "colleagues.json")
        assert record.env_model == "openai/office"
        for stats in record.colleagues:
            asked += stats.replies
            assert stats.fallbacks == 0 and stats.regenerations == 0, (run_dir.name, stats.username)
            assert [t.sender for t in stats.transcript if t.outcome] == [stats.username] * stats.replies
        judgments = EvalOutput.model_validate_json((run_dir / "eval.json").read_text()).judgments
        assert not [j.predicate for j in judgments if j.disagrees], run_dir.name  # the oracle passes both
        assert all(j.source == "llm" and j.model == "openai/office" for j in judgments), run_dir.name
        judged += len(judgments)
    assert judged >= 3  # the judge was reached from inside the stacks
    assert asked >= len(COLLEAGUE_TASKS) - 1  # find-commit's colleague only thanks
