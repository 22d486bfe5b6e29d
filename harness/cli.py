"""The ``harness`` command line. Every expected failure is one line on stderr and a non-zero exit."""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import HarnessError, InputError
from .services.cli import servers as servers_group
from .settings import resolve_key, tasks_dir

console = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)  # no cut columns in pipes

KEY_OPTION = click.option(  # $WORKFLOOR_KEY is taken out of the environment in main(); resolve_key finds it
    "--key", default=None,
    help="Key that encrypts evaluators and scenarios [env var: WORKFLOOR_KEY] (default: the public benchmark key).",
)
SECRET_OPTIONS = ("--key", "--api-key", "--env-api-key")  # their values are hidden from /proc/PID/cmdline


def _log_hook(verbose: bool):  # type: ignore[no-untyped-def]
    if not verbose:
        return None
    return lambda line: console.print(f"[dim]{line}[/dim]", markup=True, highlight=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="harness")
def cli() -> None:
    """workfloor: office-work tasks for AI agents, built and graded in Docker."""
    prefix = os.environ.get("WORKFLOOR_IMAGE_PREFIX")
    if prefix is not None and not re.fullmatch(r"[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*", prefix):
        raise InputError(f"WORKFLOOR_IMAGE_PREFIX={prefix!r} is not a Docker image name: use lowercase letters, "
                         "digits and . _ - /")


# ---------------------------------------------------------------- build
@cli.group()
def build() -> None:
    """Build images: the OS base, the task base, task images."""


@build.command("base")
@click.option("--bootstrap", is_flag=True, help="Make the OS with debootstrap even if a registry is reachable.")
@click.option("-v", "--verbose", is_flag=True, help="Show the build log.")
def build_base_cmd(bootstrap: bool, verbose: bool) -> None:
    """The Debian 12 OS base (pulled debian:bookworm-slim, or debootstrap when no registry answers)."""
    from .build.base import build_base
    from .settings import base_image

    started = time.monotonic()
    source, _ = build_base(bootstrap, _log_hook(verbose), lambda s: console.print(f"OS source: {s.value}"))
    console.print(f"built {base_image()} from {source.value} in {time.monotonic() - started:.1f}s")


@build.command("task-base")
@click.option("--force", is_flag=True, help="Rebuild without the layer cache.")
@click.option("-v", "--verbose", is_flag=True, help="Show the build log.")
def build_task_base_cmd(force: bool, verbose: bool) -> None:
    """The task base image (tools, python_default, /utils)."""
    from .build.task_base import build_task_base
    from .settings import task_base_image

    started = time.monotonic()
    _, reused = build_task_base(_log_hook(verbose), force=force)
    state = "up to date" if reused else "built"
    console.print(f"{state}: {task_base_image()} ({time.monotonic() - started:.1f}s)")


def _build_tasks(dirs: list[Path], key: str | None, force: bool, verbose: bool) -> None:
    from .build.task_base import build_task_base
    from .build.task_image import build_task_image
    from .task.check import load_task

    tasks = [load_task(d) for d in dirs]  # validate everything before building anything
    build_task_base(_log_hook(verbose))
    secret = resolve_key(key)
    for task in tasks:
        started = time.monotonic()
        result = build_task_image(task, secret, on_log=_log_hook(verbose), force=force)
        state = "up to date" if result.cached else "built"
        console.print(f"{state}: {result.tag} ({time.monotonic() - started:.1f}s)")


@build.command("task")
@click.argument("tasks", nargs=-1, required=True)
@KEY_OPTION
@click.option("--force", is_flag=True, help="Rebuild even if an identical image exists.")
@click.option("-v", "--verbose", is_flag=True, help="Show the build log.")
def build_task_cmd(tasks: tuple[str, ...], key: str | None, force: bool, verbose: bool) -> None:
    """Build the image of one or more tasks (folder path or task name)."""
    from .task.check import find_task_dir

    _build_tasks([find_task_dir(t, tasks_dir()) for t in tasks], key, force, verbose)


@build.command("tasks")
@KEY_OPTION
@click.option("--force", is_flag=True, help="Rebuild even if identical images exist.")
@click.option("-v", "--verbose", is_flag=True, help="Show the build log.")
def build_tasks_cmd(key: str | None, force: bool, verbose: bool) -> None:
    """Build every task under tasks/."""
    _build_tasks(_all_task_dirs(), key, force, verbose)


def _all_task_dirs() -> list[Path]:
    """Task folders of ./tasks, then the built-in ones (harness.task.locate)."""
    from .task.locate import every_task_folder

    return every_task_folder(tasks_dir())


from .task.cli import task_group  # noqa: E402  task new, check, list, eval

cli.add_command(task_group)
from .run.ledger_cli import ledger_group  # noqa: E402  ledger status, merge

cli.add_command(ledger_group)


# ---------------------------------------------------------------- run
@cli.command("run")
@click.option("--task", "task_ref", required=True, help="Task image (repo:tag) or task name under tasks/.")
@click.option("--agent", "agent_name", default="llm", show_default=True,
              help="Examinee: oracle, null, human, command, llm, http, mcp.")
@click.option("--agent-cmd", help="Command line of an external agent (--agent command).")
@click.option("--agent-env", "agent_env", multiple=True, metavar="NAME",
              help="Give the command agent this variable of the harness's environment (repeatable).")
@click.option("--mcp-listen", help="HOST:PORT of the run's MCP server (--agent mcp; default 127.0.0.1:8377).")
@click.option("--mcp-idle", type=click.FloatRange(min=1), help="--agent mcp: seconds without a request that end "
              "the examinee once a client connected (default 600).")
@click.option("--model", help="Model for --agent llm, in litellm form (provider/name).")
@click.option("--api-base", envvar="WORKFLOOR_AGENT_API_BASE", help="Base URL of the agent model's API.")
@click.option("--api-key", envvar="WORKFLOOR_AGENT_API_KEY", help="API key of the agent model.")
@click.option("--agent-url", help="OpenAI-compatible endpoint that chooses actions (--agent http).")
@click.option("--max-steps", default=60, show_default=True, help="Step limit of llm/http agents.")
@click.option("--max-tokens", default=2_000_000, show_default=True, help="Token limit of llm/http agents.")
@click.option("--max-cost", default=5.0, show_default=True, help="Cost limit (USD) of llm/http agents.")
@click.option("--no-browser", is_flag=True, help="Do not give llm/http agents browser tools.")
@click.option("--solution", help="--agent oracle: the solution file to run (solve.sh, partial.sh, alt-*, wrong-*, "
              "game-*; default the full one).")
@click.option("--no-tool-call", type=click.Choice(["nudge", "answer"]), default="nudge", show_default=True,
              help="llm/http agents: a reply without a tool call is nudged once, or taken as the answer.")
@click.option("--timeout", "agent_timeout", type=click.IntRange(min=1),
              help="Examinee wall-clock limit in seconds (default: the task's).")
@click.option("--command-timeout", type=click.IntRange(min=1), help="Per-command limit (default: the task's).")
@click.option("--init-timeout", type=click.IntRange(min=1), help="init.sh limit (default: the task's).")
@click.option("--eval-timeout", type=click.IntRange(min=1), help="eval.py limit (default: the task's).")
@click.option("--env-model", envvar="LITELLM_MODEL", help="Environment LLM (graders, colleagues) [env LITELLM_MODEL].")
@click.option("--env-api-key", envvar="LITELLM_API_KEY", help="Environment LLM key [env LITELLM_API_KEY].")
@click.option("--env-base-url", envvar="LITELLM_BASE_URL", help="Environment LLM URL [env LITELLM_BASE_URL].")
@click.option("--server-hostname", default="localhost", show_default=True, envvar="SERVER_HOSTNAME",
              help="Host running the default stack's services.")
@click.option("--stack", "stack_kind", type=click.Choice(["default", "isolated"]), default="default",
              show_default=True, help="default: the host-network stack (`harness servers up`); isolated: a "
              "company of the run's own, started for it and removed after.")
@click.option("--output", "output_root", type=click.Path(path_type=Path), default=Path("runs"), show_default=True,
              help="Folder that receives one sub-folder per run.")
@KEY_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print run.json to stdout at the end.")
def run_cmd(task_ref: str, agent_name: str, agent_cmd: str | None, agent_env: tuple[str, ...],
            model: str | None, api_base: str | None,
            api_key: str | None, agent_url: str | None, max_steps: int, max_tokens: int, max_cost: float,
            no_browser: bool, agent_timeout: int | None, command_timeout: int | None, init_timeout: int | None,
            eval_timeout: int | None, env_model: str | None, env_api_key: str | None, env_base_url: str | None,
            server_hostname: str, stack_kind: str, output_root: Path, key: str | None, as_json: bool,
            mcp_listen: str | None = None, mcp_idle: float | None = None, no_tool_call: str = "nudge",
            solution: str | None = None) -> None:
    """Run one examinee on one task: init, examinee, grading; results in --output."""
    from .agents.agent_env import passed_env
    from .agents.registry import AgentOptions, make_agent
    from .run.lifecycle import EnvLLM, RunHooks, RunOptions, run_task
    from .run.report import print_run
    from .run.run_folder import check_writable
    from .run.task_ref import resolve_task
    from .services.pool import stack_for_run

    agent = make_agent(agent_name, AgentOptions(
        agent_cmd=agent_cmd, agent_env=passed_env(agent_env, os.environ), model=model, api_base=api_base,
        api_key=api_key, agent_url=agent_url, max_steps=max_steps, max_tokens=max_tokens, max_cost_usd=max_cost,
        browser=not no_browser, mcp_listen=mcp_listen, mcp_idle_timeout=mcp_idle, no_tool_call=no_tool_call,
        solution=solution))
    check_writable(output_root)
    secret = resolve_key(key)
    task = resolve_task(task_ref, tasks_dir(), secret)
    if stack_kind == "isolated":
        _build_services(task.info.services)
    hooks = RunHooks(on_phase=lambda name: console.print(f"[dim]· {name}[/dim]", markup=True),
                     on_container=lambda name: console.print(f"[dim]· container {name}[/dim]", markup=True))
    with _sigterm_as_interrupt(), stack_for_run(stack_kind, task.info.services, _host_of(server_hostname)) as stack:
        options = RunOptions(
            output_root=output_root, key=secret, env_llm=EnvLLM(env_model, env_api_key, env_base_url),
            stack=stack, agent_timeout=agent_timeout, command_timeout=command_timeout,
            init_timeout=init_timeout, eval_timeout=eval_timeout,
        )
        record = run_task(task, agent, options, hooks)
    _ignore_further_signals()  # the record is written; late Ctrl-C/SIGTERM must not change the exit code
    print_run(record, console)
    if as_json:
        out.print_json(record.model_dump_json())
    sys.exit(record.exit_code)


def _host_of(server_hostname: str) -> str:
    """The default stack's address as the harness reaches it: the name as given, so the URLs the examinee's
    browser signs in to are the ones it is told (cookies are per host name: localhost is not 127.0.0.1)."""
    return server_hostname


def _build_services(services: list[str]) -> None:
    """Build (or find up to date) the images of ``services`` and the control API."""
    from .build.service import build_service
    from .services.spec import load_spec
    from .services.stack import OPS

    for service in [*services, OPS]:
        build_service(load_spec(service))


def _ignore_further_signals() -> None:
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)


@cli.command("mcp-stdio")
@click.option("--run", "run_id", help="Run id (default: the newest run serving MCP).")
@click.option("--output", "output_root", type=click.Path(path_type=Path), default=Path("runs"), show_default=True,
              help="The --output folder of that run.")
@click.option("--wait", "wait_s", type=click.FloatRange(min=0), default=120.0, show_default=True,
              help="Seconds to wait for the run's MCP server to come up.")
def mcp_stdio_cmd(run_id: str | None, output_root: Path, wait_s: float) -> None:
    """Serve a running `--agent mcp` run over stdio (for MCP clients that spawn their servers)."""
    import anyio

    from .agents.mcp_stdio import find_endpoint, relay

    anyio.run(relay, find_endpoint(output_root, run_id, wait_s))


class _sigterm_as_interrupt:
    """Within the block, SIGTERM behaves like Ctrl-C so cleanup runs."""

    def __enter__(self) -> None:
        import signal

        def raise_interrupt(signum: int, frame: object) -> None:
            raise KeyboardInterrupt

        self.previous = signal.signal(signal.SIGTERM, raise_interrupt)

    def __exit__(self, *exc: object) -> None:
        import signal

        signal.signal(signal.SIGTERM, self.previous)


@cli.command("verify")
@click.argument("names", nargs=-1)
@click.option("--output", "output_root", type=click.Path(path_type=Path), default=Path("runs/verify"),
              show_default=True, help="Folder for the runs' outputs.")
@click.option("--server-hostname", default="localhost", show_default=True, envvar="SERVER_HOSTNAME")
@click.option("--stack", "stack_kind", type=click.Choice(["default", "isolated"]), default="isolated",
              show_default=True, help="isolated: every run on a warm stack of its own; default: one at a time on "
              "the host-network stack.")
@click.option("-n", "--parallel", default=2, show_default=True, type=click.IntRange(min=1),
              help="Runs at once (service-using runs: isolated stacks only).")
@click.option("--env-model", envvar="LITELLM_MODEL", help="Environment LLM [env LITELLM_MODEL] (default: offline).")
@click.option("--env-api-key", envvar="LITELLM_API_KEY")
@click.option("--env-base-url", envvar="LITELLM_BASE_URL")
@click.option("--env-llm", "with_env_llm", is_flag=True,
              help="Require the environment LLM; show colleague fidelity and judge/fallback agreement per task.")
@click.option("--full-only", is_flag=True, help="Only the full solution and the null agent (not partial, alt-*, "
              "wrong-*, game-*).")
@click.option("--ledger", "ledger_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Reuse the outcomes recorded here whose inputs (task folder, run-path code, images' recipes, "
              "company data) are unchanged, and record the new ones (not with an environment LLM).")
@KEY_OPTION
def verify_cmd(names: tuple[str, ...], output_root: Path, server_hostname: str, stack_kind: str, parallel: int,
               env_model: str | None, env_api_key: str | None, env_base_url: str | None, key: str | None,
               with_env_llm: bool = False, full_only: bool = False, ledger_path: Path | None = None) -> None:
    """Run every solution of tasks (all by default) and the null agent; each must score what the task's
    checkpoints.md says (full 1.0, null below, partial exactly, wrong/game losing their checkpoints).

    A study of its own under --output (study.json, results.json, runs/); infra errors are retried."""
    from .run.lifecycle import EnvLLM
    from .run.verify import Verdict, verify_study
    from .services.stack import Stack

    if with_env_llm and not (env_model and env_model != "offline"):
        raise InputError("--env-llm needs an environment LLM: --env-model (or LITELLM_MODEL)")
    task_names = list(names) or [p.name for p in _all_task_dirs()]
    secret = resolve_key(key)
    shared: Stack | None = None
    if stack_kind == "default":
        from .study.plan import select_tasks

        needed = sorted({s for meta in select_tasks(task_names, tasks_dir()).values() for s in meta.services})
        if needed:
            _build_services(needed)
            shared = Stack(host=_host_of(server_hostname))
            shared.up(needed)
    table = Table("task", "runs", "time", "verdict")

    def show(v: Verdict) -> None:
        problems = v.problems()
        verdict = "[green]pass[/green]" if not problems else "[red]FAIL[/red] " + "; ".join(problems)
        if v.note:
            verdict += f" [yellow]({v.note})[/yellow]"
        recorded = f" ({v.recorded} recorded)" if v.recorded else ""
        console.print(f"{v.task}: {v.scores()} — {v.seconds:.1f}s{recorded}", markup=False)
        for problem in problems:
            console.print(f"  {v.task}: {problem}", markup=False)
        table.add_row(v.task, str(len(v.records)), f"{v.seconds:.1f}s", verdict)

    started = time.monotonic()
    with _sigterm_as_interrupt():
        verdicts = verify_study(task_names, output_root, tasks_dir(), secret, EnvLLM(env_model, env_api_key,
                                env_base_url), parallel=parallel, console=console, on_verdict=show,
                                shared_stack=shared, full_only=full_only, ledger_path=ledger_path)
    out.print(table)
    if with_env_llm:
        from .run.env_figures import figures, figures_table

        folders = {p.name: p for p in output_root.glob("*/runs/*")}
        out.print(figures_table([(v.task, v.oracle.score, figures(folders[v.oracle.run_id])) for v in verdicts
                                 if v.oracle.run_id in folders]))
    failed = [v.task for v in verdicts if v.problems()]
    missing = [n for n in task_names if n not in {v.task for v in verdicts}]
    console.print(f"{len(verdicts) - len(failed)}/{len(task_names)} tasks pass in {time.monotonic() - started:.0f}s")
    if failed or missing:
        raise HarnessError(f"tasks failing verification: {', '.join(failed + missing)}")


@cli.command("clean")
@click.option("--force", is_flag=True, help="Also end agents and remove containers of runs still in progress.")
def clean_cmd(force: bool) -> None:
    """End the command-agent processes, remove the task containers and isolated stacks a dead harness left."""
    from .cleanup import end_agent_leftovers, remove_leftovers
    from .services.pool import remove_dead_stacks

    ended, kept = end_agent_leftovers(force=force)
    console.print(f"ended {ended} agent process(es)")
    if kept:
        console.print(f"kept {kept} agent process(es) of runs still in progress (use --force)")
    removed, spared = remove_leftovers(force=force)
    console.print(f"removed {len(removed)} container(s)" + (f": {', '.join(removed)}" if removed else ""))
    stacks = remove_dead_stacks(force=force)
    console.print(f"removed {len(stacks)} isolated stack(s)" + (f": {', '.join(stacks)}" if stacks else ""))
    if spared:
        console.print(f"kept {len(spared)} of runs still in progress (use --force): {', '.join(spared)}")


# ---------------------------------------------------------------- env-llm
@cli.group("env-llm")
def env_llm() -> None:
    """The environment LLM (graders' judge, simulated colleagues)."""


@env_llm.command("check")
@click.option("--env-model", envvar="LITELLM_MODEL", help="Environment LLM [env LITELLM_MODEL].")
@click.option("--env-api-key", envvar="LITELLM_API_KEY", help="Its API key [env LITELLM_API_KEY].")
@click.option("--env-base-url", envvar="LITELLM_BASE_URL", help="Its base URL [env LITELLM_BASE_URL].")
@click.option("--samples", default=1, show_default=True, type=click.IntRange(min=1), help="Judge votes per item.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON to stdout.")
def env_llm_check_cmd(env_model: str | None, env_api_key: str | None, env_base_url: str | None, samples: int,
                      as_json: bool) -> None:
    """Run a small calibration set; exit 0 only if the model is fit to grade and to play colleagues."""
    from .envcheck.report import run_check

    sys.exit(run_check(env_model, env_api_key, env_base_url, samples, as_json, console, out))



# ---------------------------------------------------------------- servers, results
cli.add_command(servers_group)

from .results.cli import COMMANDS as RESULTS_COMMANDS  # noqa: E402  report, view, submit, submission

for _command in RESULTS_COMMANDS:
    cli.add_command(_command)


from .study.cli import study_group  # noqa: E402

cli.add_command(study_group)


def main() -> None:
    """Entry point: run the CLI, turning expected errors into one line and an exit code.

    First the key leaves the environment (kept in memory), and the harness's /proc environ and the values of
    secret options in its /proc cmdline are blanked, so the processes it starts cannot read them there.
    """
    from .proc_secrets import hide_arguments, hide_initial_environment
    from .settings import take_key_from_environment

    take_key_from_environment()
    hide_arguments(SECRET_OPTIONS)
    hide_initial_environment()
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        console.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except HarnessError as exc:
        message = str(exc)
        first, _, rest = message.partition("\n")
        console.print(f"error: {first}", markup=False, highlight=False)
        if rest and os.environ.get("HARNESS_VERBOSE"):
            console.print(rest, markup=False, highlight=False)
        elif rest:
            console.print(rest, markup=False, highlight=False, style="dim")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        console.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("HARNESS_DEBUG"):
            raise
        console.print(f"internal error: {type(exc).__name__}: {exc} (set HARNESS_DEBUG=1 for a traceback)",
                      markup=False, highlight=False)
        sys.exit(70)
    sys.exit(0)
