"""The results commands: ``report``, ``view``, ``submit`` and ``submission validate|manifest``.

``harness/cli.py`` adds ``COMMANDS`` to its group; heavy imports happen inside the commands.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console

from ..errors import InputError

console = Console(stderr=True, highlight=False, soft_wrap=True)


@click.command("report")
@click.argument("studies", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--html", "html_path", type=click.Path(path_type=Path), help="Write a self-contained HTML report.")
@click.option("--md", "md_path", type=click.Path(path_type=Path), help="Write a Markdown summary.")
def report_cmd(studies: tuple[Path, ...], html_path: Path | None, md_path: Path | None) -> None:
    """Summarise one or more studies (side by side); the Markdown summary goes to stdout without --html/--md."""
    from grading.atomic import write_atomically

    from .report_html import render_html
    from .report_md import render_markdown
    from .study import load_study
    from .summary import summarise

    loaded = [load_study(path) for path in studies]
    summary = summarise(loaded)
    if html_path is not None:
        write_atomically(html_path, render_html(summary, html_path.parent))
        console.print(f"wrote {html_path}")
    if md_path is not None:
        write_atomically(md_path, render_markdown(summary, md_path.parent))
        console.print(f"wrote {md_path}")
    if html_path is None and md_path is None:
        click.echo(render_markdown(summary, Path.cwd()))


@click.command("view")
@click.argument("folder", default=".", type=click.Path(path_type=Path))
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port on 127.0.0.1 (0: any free port).")
def view_cmd(folder: Path, port: int) -> None:
    """Browse studies and runs under FOLDER in a local web app (127.0.0.1 only)."""
    from .view_app import serve

    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    serve(folder, port, lambda url: console.print(f"viewer at {url} (Ctrl-C to stop)"))


@click.command("submit")
@click.argument("study", type=click.Path(path_type=Path))
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path),
              help="The bundle to write (.tar.gz, .tgz or .zip).")
@click.option("--examinee", help="Which examinee of the study (its label); needed when the study has several.")
@click.option("--agent-name", help="The agent's public name (default: the examinee's label).")
@click.option("--model", help="The agent's model (default: the runs').")
@click.option("--organisation", help="Who submits (asked for on a terminal when missing).")
@click.option("--link", help="A link to the agent or paper.")
@click.option("--date", help="Submission date YYYY-MM-DD (default: today).")
def submit_cmd(study: Path, out_path: Path, examinee: str | None, agent_name: str | None, model: str | None,
               organisation: str | None, link: str | None, date: str | None) -> None:
    """Pack one examinee's runs of STUDY with the study's lock and a metadata.yaml into a submission bundle."""
    from .bundle import SubmitOptions, submit
    from .study import load_study

    if organisation is None and sys.stdin.isatty():
        organisation = click.prompt("organisation")
    loaded = load_study(study)
    options = SubmitOptions(examinee=examinee, agent_name=agent_name, model=model, organisation=organisation or "",
                            link=link, date=date)
    try:
        meta = submit(loaded, out_path, options)
    except ValueError as exc:  # metadata fields that do not validate (e.g. the date)
        raise InputError(f"metadata: {str(exc).splitlines()[-1].strip()}") from None
    console.print(f"wrote {out_path}: {meta.agent_name}, k={meta.k}, environment LLM {meta.env_llm}")


@click.group("submission")
def submission() -> None:
    """Check submission bundles as a leaderboard would; describe the suite they are checked against."""


@submission.command("validate")
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option("--suite", "suite_ref", type=click.Path(path_type=Path),
              help="A suite manifest (harness submission manifest) or a tasks folder with built images "
                   "(default: the tasks folder).")
@click.option("--allow-partial", is_flag=True, help="Check only the tasks present, not the whole suite.")
@click.option("--min-trials", default=5, show_default=True, type=click.IntRange(min=1),
              help="Graded trials required per task.")
def validate_cmd(bundle: Path, suite_ref: Path | None, allow_partial: bool, min_trials: int) -> None:
    """Print every problem of BUNDLE, one per line; exit 0 only if there is none."""
    from ..settings import resolve_key, tasks_dir
    from .archive import read_archive
    from .suite import load_suite
    from .validate import validate_bundle

    files = read_archive(bundle)
    present = {_task_of(data) for name, data in files.items() if name.endswith("/run.json")}
    suite = load_suite(suite_ref or tasks_dir(), only=present if allow_partial else None)
    secret = resolve_key()
    problems = validate_bundle(files, suite, min_trials=min_trials, allow_partial=allow_partial,
                               secrets=[secret] if secret else None)
    for problem in problems:
        click.echo(problem)
    if problems:
        console.print(f"{bundle}: {len(problems)} problem(s)")
        sys.exit(1)
    console.print(f"{bundle}: valid")


def _task_of(run_json: bytes) -> str:
    import json

    try:
        return str(json.loads(run_json).get("task"))
    except (ValueError, AttributeError):
        return ""


@submission.command("manifest")
@click.argument("tasks", nargs=-1)
@click.option("--out", "out_path", required=True, type=click.Path(path_type=Path), help="The manifest to write.")
def manifest_cmd(tasks: tuple[str, ...], out_path: Path) -> None:
    """Write the suite manifest (task -> image id and label) of the locally built task images (all by default)."""
    from ..settings import tasks_dir
    from .suite import manifest_from_images, task_folders, write_manifest

    manifest = manifest_from_images(task_folders(tasks_dir(), list(tasks) or None))
    write_manifest(manifest, out_path)
    console.print(f"wrote {out_path}: {len(manifest.tasks)} task(s), suite version {manifest.suite_version}")


COMMANDS: list[click.Command] = [report_cmd, view_cmd, submit_cmd, submission]
