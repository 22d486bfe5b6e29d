"""The ``harness env-llm check`` command's body: run the check, print it plainly, return the exit code."""

from __future__ import annotations

from rich.console import Console

from ..colleagues.speaker import EnvModel
from ..errors import InputError
from .check import check_env_llm


def run_check(model: str | None, api_key: str | None, base_url: str | None, samples: int, as_json: bool,
              console: Console, out: Console) -> int:
    """0 when fit for both jobs, 1 otherwise; InputError without a model."""
    env = EnvModel(model, api_key, base_url)
    if not env.online:
        raise InputError("no environment LLM configured: give --env-model (or set LITELLM_MODEL)")
    console.print(f"checking {model}" + (f" at {base_url}" if base_url else ""), markup=False, highlight=False)
    result = check_env_llm(env, samples, progress=lambda line: console.print(f"  {line}", markup=False,
                                                                             highlight=False))
    for problem in result.problems:
        console.print(f"  · {problem}", markup=False, highlight=False)
    grade = "fit" if result.fit_to_grade else "NOT fit"
    play = "fit" if result.fit_to_play_colleagues else "NOT fit"
    console.print(
        f"{model}: {grade} to grade ({result.judge_right}/{result.judge_total} statements judged right); "
        f"{play} to play colleagues ({result.colleague_faithful}/{result.colleague_total} replies kept to the "
        f"facts, {result.colleague_first_draft_ok} on the first draft) [{result.seconds:.0f}s]",
        markup=False, highlight=False)
    if as_json:
        out.print_json(result.model_dump_json())
    return 0 if result.fit else 1
