"""``harness ledger``: what a verify ledger covers, and merging ledgers recorded apart.

Verify runs split over several processes or machines (``harness verify A B --ledger a.json`` here,
``harness verify C D --ledger b.json`` there) each record their own ledger; ``merge`` keeps the entries
that are current on this checkout (their key equals the task's key now) and drops the rest, so a merged
ledger never carries an outcome recorded on other inputs.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..errors import InputError
from ..settings import tasks_dir

LEDGER = Path("verify-ledger.json")
console = Console(highlight=False, soft_wrap=True)


def _task_names(names: tuple[str, ...]) -> list[str]:
    from ..task.locate import every_task_folder

    return list(names) or [p.name for p in every_task_folder(tasks_dir())]


def _keys(names: list[str]) -> tuple[dict[str, list[str]], dict[str, str]]:
    from .verify import _ledger_keys, plan_task

    try:
        plans = {name: plan_task(name, tasks_dir()) for name in names}
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot plan the tasks' verify runs: {str(exc).splitlines()[0]}") from None
    return {name: plan.labels for name, plan in plans.items()}, _ledger_keys(plans, tasks_dir())


@click.group("ledger")
def ledger_group() -> None:
    """Inspect and merge verify ledgers (`harness verify --ledger`)."""


@ledger_group.command("status")
@click.argument("names", nargs=-1)
@click.option("--ledger", "ledger_path", type=click.Path(path_type=Path, dir_okay=False), default=LEDGER,
              show_default=True)
@click.option("--check", is_flag=True, help="Exit 1 unless every planned run has a current entry.")
def status_cmd(names: tuple[str, ...], ledger_path: Path, check: bool) -> None:
    """Per task (all by default): the planned verify runs whose outcome the ledger can reuse on this
    checkout, the stale ones (recorded on other inputs) and the missing ones."""
    from .verify_ledger import Ledger, coverage

    if not ledger_path.exists():
        raise InputError(f"{ledger_path}: no such ledger")
    planned, keys = _keys(_task_names(names))
    rows = coverage(Ledger.load(ledger_path), planned, keys)
    table = Table("task", "current", "stale", "missing")
    for row in rows:
        if not row.complete:
            table.add_row(row.task, str(len(row.current)), ", ".join(row.stale), ", ".join(row.missing))
    if table.row_count:
        console.print(table)
    total = sum(len(labels) for labels in planned.values())
    current = sum(len(row.current) for row in rows)
    complete = sum(row.complete for row in rows)
    console.print(f"{current}/{total} runs current; {complete}/{len(rows)} tasks complete ({ledger_path})")
    if check and current < total:
        raise SystemExit(1)


@ledger_group.command("merge")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--into", "target", type=click.Path(path_type=Path, dir_okay=False), default=LEDGER,
              show_default=True, help="The ledger to write (its own current entries are kept, sources win).")
def merge_cmd(sources: tuple[Path, ...], target: Path) -> None:
    """Merge the current entries of SOURCES into --into (written atomically); stale entries are dropped."""
    from .verify_ledger import Ledger, merge

    ledgers = [Ledger.load(target)] + [Ledger.load(p) for p in sources]
    _, keys = _keys(_task_names(()))
    merged, dropped = merge(ledgers, keys)
    before = sum(len(v) for v in ledgers[0].tasks.values())
    merged.save(target)
    after = sum(len(v) for v in merged.tasks.values())
    console.print(f"{target}: {after} current entries ({after - before:+d}); {dropped} stale or unknown left out")
