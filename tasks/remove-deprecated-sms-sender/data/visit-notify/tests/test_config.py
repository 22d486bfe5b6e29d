from pathlib import Path

import pytest
from notify import ConfigError, Settings, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notify.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults(tmp_path: Path) -> None:
    assert load_settings(write(tmp_path, "")) == Settings()


def test_reads_every_setting(tmp_path: Path) -> None:
    path = write(tmp_path, 'sender_id = "PRAIRIE"\nquiet_hours = "22:00-07:30"\nretries = 5\n')
    assert load_settings(path) == Settings("PRAIRIE", "22:00-07:30", 5)


def test_sms_sender_still_works_with_a_warning(tmp_path: Path) -> None:
    with pytest.warns(DeprecationWarning):
        assert load_settings(write(tmp_path, 'sms_sender = "OLDNAME"\n')).sender_id == "OLDNAME"


@pytest.mark.parametrize("text", ['sender_id = "TOO-LONG-NAME!"', 'quiet_hours = "late"', "retries = 11",
                                  'colour = "green"', "sender_id = ["])
def test_bad_settings(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError):
        load_settings(write(tmp_path, text + "\n"))


def test_example_loads() -> None:
    with pytest.warns(DeprecationWarning):
        settings = load_settings(Path(__file__).parent.parent / "examples" / "notify.toml")
    assert settings == Settings("TALLGRASS", "21:00-08:00", 3)
