"""Command line: resolve the settings (file, environment, flags) and send (or, with --dry-run, show) them."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Mapping
from dataclasses import replace

from notify.config import ConfigError, Settings, check_retries, load_settings
from notify.env import apply_environment


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="visit-notify")
    p.add_argument("--config", help="TOML settings file")
    p.add_argument("--sender-id", dest="sender_id")
    p.add_argument("--sms-sender", dest="sms_sender", help=argparse.SUPPRESS)  # deprecated since 2.0
    p.add_argument("--retries")
    p.add_argument("--dry-run", action="store_true")
    return p


def resolve(argv: list[str], environ: Mapping[str, str]) -> Settings:
    """The settings for ``argv``: file, then environment, then flags. ConfigError when one is invalid;
    SystemExit(2) for an unknown flag."""
    args = parser().parse_args(argv)
    settings = load_settings(args.config) if args.config else Settings()
    settings = apply_environment(settings, environ)
    sender = args.sender_id
    if sender is None and args.sms_sender is not None:
        warnings.warn("--sms-sender is deprecated, use --sender-id", DeprecationWarning, stacklevel=2)
        sender = args.sms_sender
    if sender is not None:
        settings = settings.with_sender(sender)
    if args.retries is not None:
        settings = replace(settings, retries=check_retries(args.retries))
    return settings


def main(argv: list[str] | None = None) -> int:
    try:
        settings = resolve(sys.argv[1:] if argv is None else argv, os.environ)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"sender={settings.sender_id} quiet_hours={settings.quiet_hours} retries={settings.retries}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
