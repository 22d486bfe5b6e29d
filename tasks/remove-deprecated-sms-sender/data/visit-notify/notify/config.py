"""Settings from the TOML file (``load_settings``), then the environment (``notify.env``), then the command line."""

from __future__ import annotations

import tomllib
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

DEFAULT_SENDER = "FieldDay"
KNOWN_KEYS = {"sender_id", "sms_sender", "quiet_hours", "retries"}


class ConfigError(ValueError):
    """The settings are not valid (one line, meant for the operator)."""


@dataclass(frozen=True)
class Settings:
    sender_id: str = DEFAULT_SENDER
    quiet_hours: str = "21:00-08:00"
    retries: int = 3

    def with_sender(self, sender_id: str) -> Settings:
        return replace(self, sender_id=check_sender(sender_id))


def check_sender(value: object) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= 11 or not value.isalnum():
        raise ConfigError(f"sender_id must be 1 to 11 letters or digits, got {value!r}")
    return value


def check_quiet_hours(value: object) -> str:
    text = str(value)
    parts = text.split("-")
    if len(parts) != 2 or not all(len(p) == 5 and p[2] == ":" and p.replace(":", "").isdigit() for p in parts):
        raise ConfigError(f"quiet_hours must look like 21:00-08:00, got {value!r}")
    return text


def check_retries(value: object) -> int:
    try:
        retries = int(str(value))
    except ValueError:
        raise ConfigError(f"retries must be a whole number, got {value!r}") from None
    if not 0 <= retries <= 10:
        raise ConfigError(f"retries must be between 0 and 10, got {retries}")
    return retries


def settings_from(data: dict[str, Any]) -> Settings:
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    settings = Settings()
    sender = data.get("sender_id")
    if sender is None and "sms_sender" in data:
        warnings.warn("sms_sender is deprecated, use sender_id", DeprecationWarning, stacklevel=2)
        sender = data["sms_sender"]
    if sender is not None:
        settings = settings.with_sender(sender)
    if "quiet_hours" in data:
        settings = replace(settings, quiet_hours=check_quiet_hours(data["quiet_hours"]))
    if "retries" in data:
        settings = replace(settings, retries=check_retries(data["retries"]))
    return settings


def load_settings(path: str | Path) -> Settings:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return settings_from(data)
