"""The study folder on disk: ``study.json`` (checked against the current config), the results, resume.

``open_study`` creates ``study.json`` or checks an existing one: a changed config (what the study *is*)
or changed task/service images are refused with an InputError naming each change, unless forced.
``Results`` holds one row per (task, examinee, trial) and rewrites ``results.json`` and ``results.csv``
atomically after every change (thread-safe). A slot is done when its row's status is final
(``completed``, ``agent_error``, ``timeout``, minus the statuses asked to be rerun) and its run folder's
``run.json`` agrees; ``infra_error`` and ``interrupted`` runs are always run again.
"""

from __future__ import annotations

import csv
import io
import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from grading.atomic import write_atomically

from ..errors import InputError
from ..run.record import RunRecord
from .lock import lock_changes
from .models import CSV_COLUMNS, ResultRow, StudyConfig, StudyFile, StudyLock

FINAL = ("completed", "agent_error", "timeout")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def read_study(path: Path) -> StudyFile | None:
    file = path / "study.json"
    if not file.is_file():
        return None
    try:
        return StudyFile.model_validate_json(file.read_text())
    except (ValidationError, ValueError) as exc:
        raise InputError(f"{file}: not a study file ({str(exc).splitlines()[0]})") from None


def config_changes(old: Any, new: Any, where: str = "") -> list[str]:
    """Each difference between two JSON values, as ``path: old → new``."""
    if isinstance(old, dict) and isinstance(new, dict):
        changes = []
        for key in sorted(set(old) | set(new)):
            changes += config_changes(old.get(key), new.get(key), f"{where}.{key}" if where else str(key))
        return changes
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [c for i, (a, b) in enumerate(zip(old, new, strict=True)) for c in config_changes(a, b, f"{where}[{i}]")]
    return [] if old == new else [f"{where}: {json.dumps(old)} → {json.dumps(new)}"]


def open_study(path: Path, name: str, config: StudyConfig, lock: StudyLock, force: bool = False) -> StudyFile:
    """Write (or check and update) ``study.json``; InputError naming what changed unless ``force``."""
    existing = read_study(path)
    if existing is not None:
        changes = config_changes(existing.config.identity(), config.identity()) + lock_changes(existing.lock, lock)
        if changes and not force:
            raise InputError(f"{path} holds a study with another config: {'; '.join(changes)} "
                             "(use another --output, or --force-config to continue it anyway)")
    study = StudyFile(name=existing.name if existing else name, config=config, config_hash=config.config_hash(),
                      lock=lock, created_at=existing.created_at if existing else now(), updated_at=now())
    write_atomically(path / "study.json", study.model_dump_json(indent=2))
    return study


def run_status(folder: Path) -> str | None:
    """The status in a run folder's ``run.json`` (None when absent or unreadable)."""
    try:
        return RunRecord.model_validate_json((folder / "run.json").read_text()).status.value
    except (OSError, ValidationError, ValueError):
        return None


class Results:
    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        self.rows: dict[tuple[str, str, int], ResultRow] = {}
        file = path / "results.json"
        if file.is_file():
            try:
                loaded = json.loads(file.read_text())
                for item in loaded:
                    row = ResultRow.model_validate(item)
                    self.rows[row.key] = row
            except (ValidationError, ValueError, TypeError) as exc:
                raise InputError(f"{file}: unreadable results ({str(exc).splitlines()[0]})") from None

    def is_done(self, key: tuple[str, str, int], rerun: list[str]) -> bool:
        row = self.rows.get(key)
        if row is None or row.status not in FINAL or row.status in rerun:
            return False
        return run_status(self.path / row.run_dir) == row.status

    def referenced(self) -> set[str]:
        return {row.run_id for row in self.rows.values()}

    def put(self, row: ResultRow) -> None:
        with self._lock:
            self.rows[row.key] = row
            self._write()

    def sorted_rows(self) -> list[ResultRow]:
        return [self.rows[k] for k in sorted(self.rows)]

    def _write(self) -> None:
        rows = self.sorted_rows()
        write_atomically(self.path / "results.json",
                         json.dumps([r.model_dump(mode="json") for r in rows], indent=1) + "\n")
        write_atomically(self.path / "results.csv", to_csv(rows))


def to_csv(rows: list[ResultRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values = row.model_dump(mode="json")
        writer.writerow([_cell(values[c]) for c in CSV_COLUMNS])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value).lower() if isinstance(value, bool) else str(value)
