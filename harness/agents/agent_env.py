"""The environment of examinee-side processes on the host (command agents, the browser): built from scratch.

Only ``base_env`` (PATH, HOME, LANG, LC_*, TERM and the docker CLI's DOCKER_HOST, DOCKER_CONTEXT,
DOCKER_CERT_PATH, DOCKER_TLS_VERIFY, when set) comes from the harness's environment, plus what the user
names with ``--agent-env``. Secrets (``is_secret``: the decryption key, LITELLM_*) are never passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import InputError

HARNESS_SET = ("WORKFLOOR_CONTAINER", "WORKFLOOR_INSTRUCTION", "WORKFLOOR_INSTRUCTION_FILE", "WORKFLOOR_TRAJECTORY",
               "WORKFLOOR_SERVICES", "WORKFLOOR_USERNAME", "WORKFLOOR_PASSWORD", "WORKFLOOR_SERVER_HOSTNAME",
               "WORKFLOOR_DEADLINE", "WORKFLOOR_AGENT_RUN", "WORKFLOOR_AGENT_OWNER")
FROM_HOST = ("PATH", "HOME", "LANG", "TERM", "DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CERT_PATH", "DOCKER_TLS_VERIFY")
SECRETS = ("WORKFLOOR_KEY", "DECRYPTION_KEY")


def is_secret(name: str) -> bool:
    return name in SECRETS or name.startswith("LITELLM_")


def passed_env(names: Iterable[str], environ: Mapping[str, str]) -> dict[str, str]:
    """The ``--agent-env`` variables with their values from ``environ``; InputError for a refused or unset one."""
    chosen = {}
    for name in names:
        if is_secret(name):
            raise InputError(f"--agent-env {name}: the key and LITELLM_* settings are never given to an agent")
        if name in HARNESS_SET:
            raise InputError(f"--agent-env {name}: the harness sets {name} itself")
        if name not in environ:
            raise InputError(f"--agent-env {name}: {name} is not set in the harness's environment")
        chosen[name] = environ[name]
    return chosen


def base_env(environ: Mapping[str, str]) -> dict[str, str]:
    """What a command agent gets from the host's environment without asking."""
    return {k: v for k, v in environ.items() if (k in FROM_HOST or k.startswith("LC_")) and not is_secret(k)}
