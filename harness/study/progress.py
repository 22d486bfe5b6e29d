"""What a person watching a study sees: a live display on a terminal, one line per run otherwise.

Both show done/running/failed/remaining, the ETA, the mean score and the cost so far; the live display
also lists the running runs with their elapsed time. "failed" counts runs whose status is not
``completed``.
"""

from __future__ import annotations

import threading
import time

from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from ..run.record import RunRecord
from .models import ResultRow
from .plan import Slot


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else \
        f"{seconds // 60}:{seconds % 60:02d}"


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.total = self.done = self.failed = self.finished_now = 0
        self.scores: list[float] = []
        self.cost = 0.0
        self.running: dict[tuple[str, str, int], tuple[float, int]] = {}
        self.started = time.monotonic()

    def line(self) -> str:
        remaining = self.total - self.done
        elapsed = time.monotonic() - self.started
        eta = "-" if not self.finished_now or not remaining else _clock(elapsed / self.finished_now * remaining)
        mean = f"{sum(self.scores) / len(self.scores):.3f}" if self.scores else "-"
        return (f"done {self.done}/{self.total} · running {len(self.running)} · failed {self.failed} · "
                f"remaining {remaining} · ETA {eta} · mean score {mean} · cost ${self.cost:.2f} · "
                f"elapsed {_clock(elapsed)}")


class PlainProgress:
    """One line per event (for logs and pipes)."""

    def __init__(self, console: Console):
        self.console, self.state = console, _State()

    def begin(self, total: int, done: int) -> None:
        self.state.total, self.state.done = total, done
        self.console.print(f"study: {total} runs, {done} already done, {total - done} to run", markup=False)

    def started(self, slot: Slot, attempt: int) -> None:
        with self.state.lock:
            self.state.running[slot.key] = (time.monotonic(), attempt)

    def retrying(self, slot: Slot, record: RunRecord, attempt: int, delay: float) -> None:
        with self.state.lock:
            self.state.running.pop(slot.key, None)
        self.console.print(f"retry {_name(slot)} after infra_error (attempt {attempt}, again in {delay:.0f}s): "
                           f"{record.error}", markup=False)

    def finished(self, slot: Slot, row: ResultRow, record: RunRecord) -> None:
        s = self.state
        with s.lock:
            s.running.pop(slot.key, None)
            s.done += 1
            s.finished_now += 1
            s.failed += row.status != "completed"
            s.cost += row.cost_usd
            if row.score is not None:
                s.scores.append(row.score)
            line = s.line()
        score = "-" if row.score is None else f"{row.score:.3f}"
        error = f" — {record.error}" if record.error and row.status != "completed" else ""
        self.console.print(f"[{s.done}/{s.total}] {_name(slot)}: {row.status}, score {score}, {row.wall_s:.1f}s"
                           f"{error} | {line}", markup=False)

    def end(self) -> None:
        pass


class LiveProgress(PlainProgress):
    """A rich live display, redrawn twice a second; finished runs scroll above it."""

    def __init__(self, console: Console):
        super().__init__(console)
        self.live = Live(console=console, refresh_per_second=2, transient=True, get_renderable=self._render)

    def begin(self, total: int, done: int) -> None:
        super().begin(total, done)
        self.live.start()

    def _render(self) -> Group:
        with self.state.lock:
            running = sorted(self.state.running.items(), key=lambda item: item[1][0])
            header = self.state.line()
        table = Table("running", "examinee", "trial", "attempt", "elapsed", box=None, pad_edge=False)
        now = time.monotonic()
        for (task, examinee, trial), (since, attempt) in running:
            table.add_row(task, examinee, str(trial), str(attempt), _clock(now - since))
        return Group(Text(header.replace(" · ETA", "\nETA"), style="bold"), table)

    def end(self) -> None:
        self.live.stop()


def _name(slot: Slot) -> str:
    return f"{slot.task} × {slot.examinee.label} #{slot.trial}"


def make_progress(console: Console, live: bool) -> PlainProgress:
    return LiveProgress(console) if live else PlainProgress(console)
