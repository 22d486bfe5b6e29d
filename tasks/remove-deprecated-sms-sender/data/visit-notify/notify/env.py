"""Environment overrides: NOTIFY_SENDER_ID, NOTIFY_QUIET_HOURS, NOTIFY_RETRIES."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import replace

from notify.config import Settings, check_quiet_hours, check_retries


def apply_environment(settings: Settings, environ: Mapping[str, str]) -> Settings:
    sender = environ.get("NOTIFY_SENDER_ID")
    if sender is None and "NOTIFY_SMS_SENDER" in environ:
        warnings.warn("NOTIFY_SMS_SENDER is deprecated, use NOTIFY_SENDER_ID", DeprecationWarning, stacklevel=2)
        sender = environ["NOTIFY_SMS_SENDER"]
    if sender is not None:
        settings = settings.with_sender(sender)
    if "NOTIFY_QUIET_HOURS" in environ:
        settings = replace(settings, quiet_hours=check_quiet_hours(environ["NOTIFY_QUIET_HOURS"]))
    if "NOTIFY_RETRIES" in environ:
        settings = replace(settings, retries=check_retries(environ["NOTIFY_RETRIES"]))
    return settings
