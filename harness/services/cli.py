"""``harness servers ...``: the company's services of one stack (build, up, down, status, reset, token, logs)."""

from __future__ import annotations

import time

import click
from rich.console import Console
from rich.table import Table

from ..errors import InputError

console = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, width=None)


@click.group()
def servers() -> None:
    """The company's intranet services (chat, tracker, files, git)."""


@servers.command("build")
@click.argument("names", nargs=-1)
@click.option("-v", "--verbose", is_flag=True, help="Show the build log.")
def servers_build_cmd(names: tuple[str, ...], verbose: bool) -> None:
    """Build service images (all when no name is given)."""
    from ..build.service import build_service
    from .spec import available_services, load_spec

    specs = [load_spec(n) for n in (names or available_services())]
    if not specs:
        raise InputError("no services under servers/ (each needs servers/<name>/service.toml)")
    for spec in specs:
        started = time.monotonic()
        build_service(spec, (lambda line: console.print(f"[dim]{line}[/dim]")) if verbose else None)
        console.print(f"built {spec.image} in {time.monotonic() - started:.1f}s")


STACK_OPTION = click.option("--stack", "stack_id", default="default", show_default=True,
                            help="Which stack of services (the default one runs on the host network).")


@servers.command("up")
@click.argument("names", nargs=-1)
@STACK_OPTION
@click.option("--build/--no-build", default=True, show_default=True, help="Build missing or changed images first.")
def servers_up_cmd(names: tuple[str, ...], stack_id: str, build: bool) -> None:
    """Start the services (all when no name is given) and the control API on the host network."""
    from ..build.service import build_service
    from .spec import load_spec
    from .stack import OPS, Stack, _company_services

    wanted = _company_services(list(names) or None)
    if build:
        for name in [*wanted, OPS]:
            build_service(load_spec(name))
    ready = Stack(stack_id).up(wanted)
    for name, seconds in ready.items():
        console.print(f"{name}: healthy after {seconds:.1f}s")


@servers.command("down")
@STACK_OPTION
def servers_down_cmd(stack_id: str) -> None:
    """Stop and remove every container of the stack (with its volumes); refused while a run holds it."""
    from .lease import ensure_free
    from .stack import Stack

    ensure_free(stack_id, "take down")
    removed = Stack(stack_id).down()
    console.print(f"removed: {', '.join(removed) or 'nothing'}")


@servers.command("status")
@STACK_OPTION
def servers_status_cmd(stack_id: str) -> None:
    """Health per service."""
    from grading.endpoints import PORTS

    from .stack import Stack

    table = Table("service", "container", "running", "healthy", "port")
    for state in Stack(stack_id).status():
        table.add_row(state.name, state.container or "-", "yes" if state.running else "no",
                      "[green]yes[/green]" if state.healthy else "[red]no[/red]", str(PORTS.get(state.name, "")))
    out.print(table)


@servers.command("reset")
@click.argument("names", nargs=-1)
@STACK_OPTION
def servers_reset_cmd(names: tuple[str, ...], stack_id: str) -> None:
    """Put services back in their initial state (fresh containers); all when no name is given.

    Refused while a run holds the stack."""
    from .lease import ensure_free
    from .stack import Stack

    ensure_free(stack_id, "reset")
    seconds = Stack(stack_id).reset(list(names) or None)
    console.print(f"reset {', '.join(names) or 'all services'}: healthy again after {seconds:.1f}s")


@servers.command("token")
@STACK_OPTION
def servers_token_cmd(stack_id: str) -> None:
    """Print the stack's control-API token (for resetting by hand: WORKFLOOR_OPS_TOKEN in init.sh)."""
    from .stack import Stack

    out.print(Stack(stack_id).ops_token(), markup=False, highlight=False)


@servers.command("logs")
@click.argument("name")
@STACK_OPTION
@click.option("--tail", default=100, show_default=True)
def servers_logs_cmd(name: str, stack_id: str, tail: int) -> None:
    """The last log lines of one service."""
    from .stack import Stack

    out.print(Stack(stack_id).logs(name, tail), markup=False, highlight=False)
