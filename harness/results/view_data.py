"""What the viewer shows, read from disk: the studies under a folder, their runs (finished ones from
results.json, running ones from their provisional run.json), one run's record and pages of its trajectory.

Parsed files are cached by (path, size, mtime), so polling a running study re-reads only what changed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError
from ..run.record import RunRecord
from .models import ResultRow
from .study import Study, load_study, row_from_record, run_folders

PROVISIONAL_ERROR = "the harness stopped before the run finished"  # what a run's first run.json says
_cache: dict[Path, tuple[tuple[int, int], Any]] = {}


def _cached(path: Path, parse: Any) -> Any:
    stat = path.stat()
    key = (stat.st_size, stat.st_mtime_ns)
    hit = _cache.get(path)
    if hit is not None and hit[0] == key:
        return hit[1]
    value = parse(path.read_bytes())
    _cache[path] = (key, value)
    return value


def find_studies(root: Path) -> list[str]:
    """Study folders under ``root`` (``.`` when root is one), relative to root, up to two levels down."""
    found = []
    for candidate in [root, *sorted(p for p in root.glob("*") if p.is_dir()),
                      *sorted(p for p in root.glob("*/*") if p.is_dir())]:
        if candidate.name == "runs" and candidate != root and (candidate.parent / "study.json").is_file():
            continue
        if (candidate / "study.json").is_file() or (candidate / "results.json").is_file() or (
                any(candidate.glob("runs/*/run.json")) or any(candidate.glob("*/run.json"))):
            found.append(candidate.relative_to(root).as_posix())
    return found


def study_at(root: Path, rel: str) -> Study:
    path = (root / rel).resolve()
    if not path.is_relative_to(root.resolve()) or not path.is_dir():
        raise InputError(f"no study {rel!r}")
    return load_study(path)


def _record(path: Path) -> RunRecord | None:
    try:
        return _cached(path, RunRecord.model_validate_json)  # type: ignore[no-any-return]
    except (ValidationError, OSError):
        return None


def is_running(record: RunRecord) -> bool:
    return record.error == PROVISIONAL_ERROR and record.files == ["run.json"]


def live_rows(study: Study) -> list[dict[str, Any]]:
    """Every run of the study as a dict row, newest first; ``live`` = still running (provisional record)."""
    rows: dict[str, dict[str, Any]] = {r.run_id: {**r.model_dump(), "live": False} for r in study.rows}
    listed = {study.run_path(r).resolve() for r in study.rows}
    for folder in run_folders(study.root):
        if folder.resolve() in listed:
            continue
        record = _record(folder / "run.json")
        if record is None:
            continue
        row: ResultRow = row_from_record(record, folder, study.root, 0, None)
        rows[record.run_id] = {**row.model_dump(), "live": is_running(record)}
        if is_running(record):
            rows[record.run_id]["status"] = "running"
    return sorted(rows.values(), key=lambda r: (r["started_at"], r["run_id"]), reverse=True)


def filter_rows(rows: list[dict[str, Any]], task: str = "", examinee: str = "", status: str = "",
                min_score: float | None = None, max_score: float | None = None) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        score = row.get("score")
        if (task and task.lower() not in row["task"].lower()) or (examinee and row["examinee"] != examinee):
            continue
        if status and row["status"] != status:
            continue
        if min_score is not None and (score is None or score < min_score):
            continue
        if max_score is not None and (score is None or score > max_score):
            continue
        out.append(row)
    return out


def run_folder(study: Study, run_id: str) -> Path:
    for row in study.rows:
        if row.run_id == run_id:
            return study.run_path(row)
    for folder in run_folders(study.root):
        if folder.name == run_id:
            return folder
    raise InputError(f"no run {run_id!r} in {study.name}")


def _trajectory(folder: Path) -> dict[str, Any] | None:
    path = folder / "trajectory.json"
    if not path.is_file():
        return None
    try:
        data = _cached(path, json.loads)
    except (ValueError, OSError):
        return None
    return data if isinstance(data, dict) else None


def run_details(folder: Path) -> dict[str, Any]:
    """run.json (as written), eval.json, the instruction, the step count and the run's other files."""
    record = _record(folder / "run.json")
    raw_record = json.loads((folder / "run.json").read_bytes()) if (folder / "run.json").is_file() else {}
    trajectory = _trajectory(folder)
    steps = trajectory.get("steps", []) if trajectory else []
    instruction = next((s.get("message", "") for s in steps if s.get("source") == "user"), "")
    evaluation = None
    if (folder / "eval.json").is_file():
        try:
            evaluation = json.loads((folder / "eval.json").read_bytes())
        except ValueError:
            evaluation = None
    return {
        "record": raw_record, "running": bool(record and is_running(record)), "instruction": instruction,
        "eval": evaluation, "step_count": len(steps), "final_metrics": (trajectory or {}).get("final_metrics"),
        "trajectory_agent": (trajectory or {}).get("agent"), "notes": (trajectory or {}).get("notes"),
        "files": sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()),
    }


def step_page(folder: Path, offset: int, limit: int) -> dict[str, Any]:
    trajectory = _trajectory(folder)
    steps = trajectory.get("steps", []) if trajectory else []
    return {"total": len(steps), "offset": offset, "steps": steps[offset:offset + limit]}


def run_file(folder: Path, relative: str) -> Path:
    """A file inside the run folder (screenshots, logs); InputError for anything outside it."""
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder.resolve()) or not path.is_file():
        raise InputError(f"no file {relative!r} in the run")
    return path
