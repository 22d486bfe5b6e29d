"""A service that stops answering during the examinee's turn makes the run an infra_error, never a low score:
the watch's arithmetic with a scripted probe and clock (no Docker), and a bad limit is a one-line error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_harness

from harness.errors import InfraError, InputError
from harness.run.service_watch import STALL_LIMIT_ENV, ServiceStalled, ServiceWatch, stall_limit


class Script:
    """Answers each probe from a list of {service: healthy} (or an InfraError) and advances a clock by 5 s."""

    def __init__(self, answers: list[dict[str, bool] | None]):
        self.answers, self.now = list(answers), 0.0

    def probe(self) -> dict[str, bool]:
        self.now += 5
        answer = self.answers.pop(0)
        if answer is None:
            raise InfraError("no control API")
        return answer


def watched(answers: list[dict[str, bool] | None], limit: float = 30) -> ServiceWatch:
    script = Script(answers)
    watch = ServiceWatch(["chat", "tracker"], script.probe, limit=limit, clock=lambda: script.now)
    for _ in range(len(script.answers)):
        watch.probe_once()
    watch.stop()
    return watch


UP = {"chat": True, "tracker": True}
CHAT_DOWN = {"chat": False, "tracker": True}


def test_a_missed_probe_is_a_hiccup_not_a_stall():
    watch = watched([UP, CHAT_DOWN, UP, CHAT_DOWN, UP])
    assert watch.longest == {"chat": 5.0, "tracker": 0.0}
    watch.check()


def test_a_service_silent_past_the_limit_is_named():
    watch = watched([UP, *[CHAT_DOWN] * 7, UP])  # first failed probe at 10 s, healthy again at 45 s
    assert watch.longest == {"chat": 35.0, "tracker": 0.0}
    with pytest.raises(ServiceStalled, match=r"^service chat did not answer for 35s during the examinee's turn"):
        watch.check()


def test_a_silent_control_api_counts_against_every_service():
    watch = watched([UP, *[None] * 7, UP])
    assert watch.longest == {"chat": 35.0, "tracker": 35.0}
    with pytest.raises(ServiceStalled):
        watch.check()


def test_a_stall_still_open_at_the_end_is_counted_to_the_end():
    watch = watched([UP, *[CHAT_DOWN] * 6], limit=25)
    assert watch.longest["chat"] == 25.0
    with pytest.raises(ServiceStalled, match="service chat"):
        watch.check()


def test_the_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(STALL_LIMIT_ENV, raising=False)
    assert stall_limit() == 30
    monkeypatch.setenv(STALL_LIMIT_ENV, "12.5")
    assert stall_limit() == 12.5
    for bad in ("soon", "0", "-3"):
        monkeypatch.setenv(STALL_LIMIT_ENV, bad)
        with pytest.raises(InputError, match=STALL_LIMIT_ENV):
            stall_limit()


@pytest.mark.docker
def test_a_bad_limit_stops_the_run_before_it_starts(example_image: str, tmp_path: Path):
    result = run_harness("run", "--task", "example", "--agent", "null", "--output", str(tmp_path),
                         env={STALL_LIMIT_ENV: "soon"})
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {STALL_LIMIT_ENV} must be a number of seconds, not 'soon'"
    assert not list(tmp_path.iterdir())
