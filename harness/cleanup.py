"""Sweeping what the harness left behind (e.g. after it was killed with SIGKILL).

Run containers carry the owner label ``<host>:<pid>`` of the harness that started them, and command-agent
processes the same owner in their environment (``containment``); a sweep spares what belongs to a harness
still alive on this host (another run in progress) unless forced.
"""

from __future__ import annotations

import os
import socket

from docker.errors import APIError, NotFound

from .agents.containment import MARK_OWNER, end_marked, marked_by_owner
from .docker_env import docker_client
from .settings import LABEL_KIND, LABEL_OWNER


def owner_label() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_alive(label: str | None) -> bool:
    if not label or ":" not in label:
        return False
    host, _, pid = label.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(kinds: tuple[str, ...] = ("run",), force: bool = False) -> tuple[list[str], list[str]]:
    """Remove containers labelled with one of ``kinds`` whose harness is gone (all with ``force``).

    Returns (removed names, names spared because their run is still in progress).
    """
    removed, spared = [], []
    api = docker_client().api
    for kind in kinds:
        # the list endpoint alone (no inspect per container): other runs' containers may vanish meanwhile
        for entry in api.containers(all=True, filters={"label": f"{LABEL_KIND}={kind}"}):
            name = str((entry.get("Names") or [entry["Id"][:12]])[0]).lstrip("/")
            if not force and _owner_alive((entry.get("Labels") or {}).get(LABEL_OWNER)):
                spared.append(name)
                continue
            try:
                api.remove_container(entry["Id"], force=True, v=True)
                removed.append(name)
            except NotFound:
                pass
            except APIError:
                continue
    return removed, spared


def end_agent_leftovers(force: bool = False) -> tuple[int, int]:
    """Kill the agent processes of harnesses of this host that are gone (of any harness with ``force``).

    Returns (processes ended, processes kept because their run is still in progress).
    """
    owners = marked_by_owner()
    here = f"{socket.gethostname()}:"
    doomed = {o for o in owners if force or (o.startswith(here) and not _owner_alive(o))}
    kept = sum(len(pids) for owner, pids in owners.items() if owner not in doomed)
    ended = end_marked(lambda markers: markers.get(MARK_OWNER) in doomed) if doomed else 0
    return ended, kept
