from pathlib import Path

import pytest
from notify.cli import main, resolve
from notify.config import Settings


def test_flags_win_over_environment_and_file(tmp_path: Path) -> None:
    path = tmp_path / "notify.toml"
    path.write_text('sender_id = "FILE"\nretries = 1\n')
    env = {"NOTIFY_SENDER_ID": "ENV", "NOTIFY_RETRIES": "2"}
    assert resolve(["--config", str(path)], env) == Settings("ENV", "21:00-08:00", 2)
    assert resolve(["--config", str(path), "--sender-id", "FLAG"], env).sender_id == "FLAG"


def test_deprecated_environment_variable() -> None:
    with pytest.warns(DeprecationWarning):
        assert resolve([], {"NOTIFY_SMS_SENDER": "OLDENV"}).sender_id == "OLDENV"


def test_deprecated_flag() -> None:
    with pytest.warns(DeprecationWarning):
        assert resolve(["--sms-sender", "OLDFLAG"], {}).sender_id == "OLDFLAG"


def test_main_prints_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sender-id", "TALLGRASS", "--dry-run"]) == 0
    assert capsys.readouterr().out == "sender=TALLGRASS quiet_hours=21:00-08:00 retries=3\n"


def test_main_reports_bad_settings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--retries", "many"]) == 1
    assert capsys.readouterr().err.startswith("error: retries")
