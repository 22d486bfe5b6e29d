"""``harness study run``: a study from a config file or flags; progress while it runs, the summary at the end.

Exit code: 0 when every planned run has a final status, 3 when some ended ``infra_error`` after their
retries (run the same command again to retry them), 130 when stopped (the summary is printed anyway).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import InfraError, InputError


@click.group("study")
def study_group() -> None:
    """Studies: tasks × examinees × trials, in parallel and resumable (results in a study folder)."""


@study_group.command("run")
@click.argument("config_file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--tasks", help="all (default), task names, or filters role:X, service:X, difficulty:X "
              "(comma-separated).")
@click.option("--agent", help="Examinee kind: oracle, null, command, llm, http (flags-only studies).")
@click.option("--model", help="Model of an llm agent (provider/name).")
@click.option("--label", help="The examinee's name in results (default: agent or agent:model).")
@click.option("--api-base", envvar="WORKFLOOR_AGENT_API_BASE", help="Base URL of the agent model's API.")
@click.option("--api-key", envvar="WORKFLOOR_AGENT_API_KEY", help="API key of the agent model (never stored).")
@click.option("--api-key-env", help="Name of the variable holding the agent's API key (stored by name only).")
@click.option("--agent-url", help="OpenAI-compatible endpoint choosing actions (--agent http).")
@click.option("--agent-cmd", help="Command line of an external agent (--agent command).")
@click.option("--agent-env", multiple=True, metavar="NAME", help="Give a command agent this variable (repeatable).")
@click.option("--max-steps", type=click.IntRange(min=1), help="Step limit of llm/http agents.")
@click.option("--max-tokens", type=click.IntRange(min=1), help="Token limit of llm/http agents.")
@click.option("--max-cost", type=click.FloatRange(min=0, min_open=True), help="Cost limit (USD) per run.")
@click.option("--timeout", type=click.IntRange(min=1), help="The examinee's wall clock per run (s).")
@click.option("--command-timeout", type=click.IntRange(min=1), help="Per-command limit (s).")
@click.option("--no-browser", is_flag=True, default=None, help="No browser tools for llm/http agents.")
@click.option("-k", "--trials", "k", type=click.IntRange(min=1, max=100), help="Trials per task and examinee.")
@click.option("-n", "--parallel", type=click.IntRange(min=1, max=256), help="Runs at once (default 1).")
@click.option("--output", type=click.Path(path_type=Path, file_okay=False), help="The study folder.")
@click.option("--name", help="The study's name (default: the folder's name).")
@click.option("--retries", type=click.IntRange(min=0, max=20),
              help="Automatic retries of infra_error runs (default 2).")
@click.option("--rerun", help="Run again finished runs with these statuses: agent_error,timeout[,completed].")
@click.option("--force-config", is_flag=True, help="Continue a study folder whose config or images changed.")
@click.option("--backend", type=click.Choice(["local", "ray"]),
              help="local (default): this machine; ray: a Ray cluster.")
@click.option("--ray-address", help="Ray cluster to join (default: a Ray instance started for the study).")
@click.option("--init-timeout", type=click.IntRange(min=1), help="init.sh limit (s).")
@click.option("--eval-timeout", type=click.IntRange(min=1), help="eval.py limit (s).")
@click.option("--run-timeout", type=click.IntRange(min=1),
              help="Kill a run still going after this many seconds (default: the task's limits + 10 min).")
@click.option("--env-model", envvar="LITELLM_MODEL", help="Environment LLM [env LITELLM_MODEL] (default: offline).")
@click.option("--env-api-key", envvar="LITELLM_API_KEY", help="Environment LLM key [env LITELLM_API_KEY].")
@click.option("--env-base-url", envvar="LITELLM_BASE_URL", help="Environment LLM URL [env LITELLM_BASE_URL].")
@click.option("--key", default=None, help="Key of the evaluators [env WORKFLOOR_KEY] (default: the public key).")
def study_run_cmd(config_file: Path | None, **flags: object) -> None:
    """Run a study: every selected task × examinee × trial; again on the same folder to resume."""
    from rich.console import Console

    from ..cli import _sigterm_as_interrupt, out
    from ..settings import resolve_key, tasks_dir
    from .config import StudyRequest, build_config, load_request
    from .folder import FINAL
    from .progress import make_progress
    from .runner import RunSettings
    from .session import StudyRequestRun, run_study
    from .summary import print_summary, summarize

    f = flags
    request = load_request(config_file) if config_file else StudyRequest()
    output = f["output"] or request.output
    if output is None:
        raise InputError("where should the study go? give --output FOLDER (or output in the config file)")
    output = Path(str(output))
    key = resolve_key(f["key"])  # type: ignore[arg-type]
    overrides = _overrides(f, request)
    config = build_config(request, overrides, key)
    api_keys = {e.label: os.environ.get(e.api_key_env) if e.api_key_env else None for e in config.examinees}
    if f["api_key"] and len(config.examinees) == 1:
        api_keys[config.examinees[0].label] = str(f["api_key"])
    from ..run.lifecycle import EnvLLM

    env_llm = EnvLLM(_opt(f["env_model"]) or config.env_llm, _opt(f["env_api_key"]),
                     _opt(f["env_base_url"]) or config.env_llm_base_url)
    settings = RunSettings(tasks_root=tasks_dir(), key=key, env_llm=env_llm, api_keys=api_keys)
    run = StudyRequestRun(path=output, name=_opt(f["name"]) or request.name or output.resolve().name, config=config,
                          settings=settings, backend=_opt(f["backend"]) or request.backend,
                          ray_address=_opt(f["ray_address"]) or request.ray_address,
                          force_config=bool(f["force_config"]),
                          backoff_s=float(os.environ["WORKFLOOR_STUDY_BACKOFF"])
                          if os.environ.get("WORKFLOOR_STUDY_BACKOFF") else None)
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    progress = make_progress(console, live=sys.stdout.isatty() and sys.stderr.isatty())
    from .folder import Results

    interrupted = False
    try:
        with _sigterm_as_interrupt():
            result = run_study(run, progress)
        rows = result.results.sorted_rows()
        wall: float | None = result.wall_s
    except KeyboardInterrupt:
        interrupted = True
        rows, wall = Results(output).sorted_rows(), None
    print_summary(summarize(rows, config.k), out, wall)
    console.print(f"study folder: {output} (results.json, results.csv, runs/)", markup=False)
    if interrupted:
        console.print("interrupted: run the same command again to finish the study", markup=False)
        sys.exit(130)
    unfinished = [r for r in rows if r.status not in FINAL]
    if unfinished:
        raise InfraError(f"{len(unfinished)} run(s) ended infra_error after their retries; run the same command "
                         "again to retry them")


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _overrides(f: dict[str, object], request: object) -> dict[str, object]:
    from .config import examinee_from_flags
    from .plan import split_selectors

    overrides: dict[str, object] = {
        "tasks": split_selectors(str(f["tasks"])) if f["tasks"] else None, "k": f["k"], "parallel": f["parallel"],
        "retries": f["retries"], "rerun": split_selectors(str(f["rerun"])) if f["rerun"] else None,
        "env_llm": _opt(f["env_model"]), "init_timeout": f["init_timeout"], "eval_timeout": f["eval_timeout"],
        "run_timeout": f["run_timeout"],
    }
    examinee_flags = ("model", "label", "api_base", "api_key_env", "agent_url", "agent_cmd", "max_steps",
                      "max_tokens", "max_cost", "timeout", "command_timeout", "no_browser")
    if f["agent"]:
        if getattr(request, "examinees", None):
            raise InputError("--agent: the config file already names the examinees (edit it, or leave out the file)")
        overrides["examinees"] = [examinee_from_flags(
            str(f["agent"]), _opt(f["model"]), _opt(f["label"]), api_base=_opt(f["api_base"]),
            api_key_env=_opt(f["api_key_env"]), agent_url=_opt(f["agent_url"]), agent_cmd=_opt(f["agent_cmd"]),
            agent_env=list(f["agent_env"]) or None,  # type: ignore[call-overload]
            browser=False if f["no_browser"] else None, max_steps=f["max_steps"], max_tokens=f["max_tokens"],
            max_cost=f["max_cost"], timeout=f["timeout"], command_timeout=f["command_timeout"])]
    elif any(f[name] for name in examinee_flags):
        raise InputError("examinee options need --agent (or put them in the config file's examinees)")
    return overrides
