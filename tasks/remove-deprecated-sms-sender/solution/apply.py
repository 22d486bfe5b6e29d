"""Removes visit-notify's deprecated sender names from a checkout, with tests, example and README.

Usage: python3 apply.py REPO [--mode full|alt|keep-env|silent]
  full      refuse each old name with an error naming the new one (the reference)
  alt       the same, written differently: a table of removed names checked in one helper
  keep-env  a near miss: file key and flag removed, NOTIFY_SMS_SENDER still read with a warning
  silent    a near miss: the old names are simply no longer read (silently ignored)
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path


def edit(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        if old not in text:
            raise SystemExit(f"{path}: {old!r} not found")
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


FALLBACK_FILE = '''    sender = data.get("sender_id")
    if sender is None and "sms_sender" in data:
        warnings.warn("sms_sender is deprecated, use sender_id", DeprecationWarning, stacklevel=2)
        sender = data["sms_sender"]
'''
FALLBACK_ENV = '''    sender = environ.get("NOTIFY_SENDER_ID")
    if sender is None and "NOTIFY_SMS_SENDER" in environ:
        warnings.warn("NOTIFY_SMS_SENDER is deprecated, use NOTIFY_SENDER_ID", DeprecationWarning, stacklevel=2)
        sender = environ["NOTIFY_SMS_SENDER"]
'''
FALLBACK_FLAG = '''    sender = args.sender_id
    if sender is None and args.sms_sender is not None:
        warnings.warn("--sms-sender is deprecated, use --sender-id", DeprecationWarning, stacklevel=2)
        sender = args.sms_sender
'''


def code(repo: Path, mode: str) -> None:
    pkg = repo / "notify"
    config, env, cli = pkg / "config.py", pkg / "env.py", pkg / "cli.py"
    # the flag: gone in every mode (an unknown flag exits with 2)
    flag = '    p.add_argument("--sms-sender", dest="sms_sender", help=argparse.SUPPRESS)  # deprecated since 2.0\n'
    edit(cli, (flag, ""), (FALLBACK_FLAG, "    sender = args.sender_id\n"), ("import warnings\n", ""))
    if mode == "silent":
        edit(config, (FALLBACK_FILE, '    sender = data.get("sender_id")\n'), ("import warnings\n", ""))
        edit(env, (FALLBACK_ENV, '    sender = environ.get("NOTIFY_SENDER_ID")\n'), ("import warnings\n", ""))
        return
    if mode == "alt":
        edit(config, ('KNOWN_KEYS = {"sender_id", "sms_sender", "quiet_hours", "retries"}\n',
                      'KNOWN_KEYS = {"sender_id", "quiet_hours", "retries"}\n'
                      '# Names removed in 3.0 -> their replacement (file keys and environment variables).\n'
                      'REMOVED = {"sms_sender": "sender_id", "NOTIFY_SMS_SENDER": "NOTIFY_SENDER_ID"}\n'),
             ("class ConfigError(ValueError):\n    \"\"\"The settings are not valid (one line, meant for the "
              "operator).\"\"\"\n",
              "class ConfigError(ValueError):\n    \"\"\"The settings are not valid (one line, meant for the "
              "operator).\"\"\"\n\n\ndef refuse_removed(names: object) -> None:\n"
              "    \"\"\"ConfigError when one of ``names`` is a name removed in 3.0.\"\"\"\n"
              "    for old, new in REMOVED.items():\n        if old in names:  # type: ignore[operator]\n"
              "            raise ConfigError(f\"{old} is no longer supported (removed in 3.0), use {new}\")\n"),
             ("    unknown = sorted(", "    refuse_removed(data)\n    unknown = sorted("),
             (FALLBACK_FILE, '    sender = data.get("sender_id")\n'), ("import warnings\n", ""))
        edit(env, ("from notify.config import Settings, check_quiet_hours, check_retries\n",
                   "from notify.config import Settings, check_quiet_hours, check_retries, refuse_removed\n"),
             (FALLBACK_ENV, '    refuse_removed(environ)\n    sender = environ.get("NOTIFY_SENDER_ID")\n'),
             ("import warnings\n", ""))
        return
    edit(config, ('KNOWN_KEYS = {"sender_id", "sms_sender", "quiet_hours", "retries"}\n',
                  'KNOWN_KEYS = {"sender_id", "quiet_hours", "retries"}\n'),
         ("    unknown = sorted(", '    if "sms_sender" in data:\n'
          '        raise ConfigError("sms_sender was removed in 3.0: rename it to sender_id")\n    unknown = sorted('),
         (FALLBACK_FILE, '    sender = data.get("sender_id")\n'), ("import warnings\n", ""))
    if mode == "full":
        edit(env, ("from notify.config import Settings,", "from notify.config import ConfigError, Settings,"),
             (FALLBACK_ENV, '    if "NOTIFY_SMS_SENDER" in environ:\n        raise ConfigError("NOTIFY_SMS_SENDER was '
              'removed in 3.0: rename it to NOTIFY_SENDER_ID")\n    sender = environ.get("NOTIFY_SENDER_ID")\n'),
             ("import warnings\n", ""))


def docs(repo: Path) -> None:
    (repo / "examples" / "notify.toml").write_text((repo / "examples" / "notify.toml").read_text(encoding="utf-8")
                                                   .replace("sms_sender =", "sender_id ="), encoding="utf-8")
    readme = repo / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = re.sub(r"Deprecated since 2\.0:.*?removed in 3\.0\.\n",
                  "Removed in 3.0: the 1.x names of the sender setting (`sms_sender`, `NOTIFY_SMS_SENDER`,\n"
                  "`--sms-sender`); a config or environment that still uses one is refused with an error.\n",
                  text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


def tests(repo: Path, mode: str) -> None:
    config_tests = repo / "tests" / "test_config.py"
    old_file_test = '''def test_sms_sender_still_works_with_a_warning(tmp_path: Path) -> None:
    with pytest.warns(DeprecationWarning):
        assert load_settings(write(tmp_path, 'sms_sender = "OLDNAME"\\n')).sender_id == "OLDNAME"
'''
    if mode == "silent":
        new_file_test = '''def test_sms_sender_is_no_longer_read(tmp_path: Path) -> None:
    assert load_settings(write(tmp_path, 'sms_sender = "OLDNAME"\\n')).sender_id == "FieldDay"
'''
    else:
        new_file_test = '''@pytest.mark.parametrize("text", ['sms_sender = "OLDNAME"\\n',
                                  'sender_id = "NEW"\\nsms_sender = "OLD"\\n'])
def test_sms_sender_is_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError, match="sender_id"):
        load_settings(write(tmp_path, text))
'''
    edit(config_tests, (old_file_test, new_file_test),
         ('''    with pytest.warns(DeprecationWarning):
        settings = load_settings(Path(__file__).parent.parent / "examples" / "notify.toml")
''', '''    settings = load_settings(Path(__file__).parent.parent / "examples" / "notify.toml")
'''))
    cli_tests = repo / "tests" / "test_cli.py"
    old_flag_test = '''def test_deprecated_flag() -> None:
    with pytest.warns(DeprecationWarning):
        assert resolve(["--sms-sender", "OLDFLAG"], {}).sender_id == "OLDFLAG"
'''
    new_flag_test = '''def test_old_flag_is_unknown() -> None:
    with pytest.raises(SystemExit):
        resolve(["--sms-sender", "OLDFLAG"], {})
'''
    old_env_test = '''def test_deprecated_environment_variable() -> None:
    with pytest.warns(DeprecationWarning):
        assert resolve([], {"NOTIFY_SMS_SENDER": "OLDENV"}).sender_id == "OLDENV"
'''
    if mode == "keep-env":
        new_env_test = old_env_test
    elif mode == "silent":
        new_env_test = '''def test_old_environment_variable_is_no_longer_read() -> None:
    assert resolve([], {"NOTIFY_SMS_SENDER": "OLDENV"}).sender_id == "FieldDay"
'''
    else:
        new_env_test = '''def test_old_environment_variable_is_refused() -> None:
    with pytest.raises(ConfigError, match="NOTIFY_SENDER_ID"):
        resolve([], {"NOTIFY_SMS_SENDER": "OLDENV"})
'''
    edit(cli_tests, (old_flag_test, new_flag_test), (old_env_test, new_env_test),
         ("from notify.config import Settings\n", "from notify.config import ConfigError, Settings\n"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("repo", type=Path)
    parser.add_argument("--mode", choices=["full", "alt", "keep-env", "silent"], default="full")
    args = parser.parse_args()
    code(args.repo, args.mode)
    docs(args.repo)
    tests(args.repo, args.mode)


if __name__ == "__main__":
    main()
