"""``harness submit``: one examinee's runs of a study as a submission bundle.

The bundle holds ``metadata.yaml``, ``study.json`` (with its lock), ``results.json`` (that examinee's rows) and
``runs/<id>/`` with ``run.json``, ``eval.json``, ``trajectory.json`` and the screenshots the trajectory
references. Nothing is packed when any file holds key material.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import InputError
from .archive import archive_kind, write_archive
from .key_scan import key_material
from .metadata import OFFLINE, Metadata, metadata_yaml
from .study import Study

RUN_FILES = ("run.json", "eval.json", "trajectory.json")


@dataclass
class SubmitOptions:
    examinee: str | None = None
    agent_name: str | None = None
    model: str | None = None
    organisation: str = ""
    link: str | None = None
    date: str | None = None


def choose_examinee(study: Study, wanted: str | None) -> str:
    labels = sorted({r.examinee for r in study.rows})
    if wanted is not None:
        if wanted not in labels:
            raise InputError(f"no examinee {wanted!r} in {study.name} (it has: {', '.join(labels)})")
        return wanted
    if len(labels) != 1:
        raise InputError(f"{study.name} has {len(labels)} examinees ({', '.join(labels)}): choose one with --examinee")
    return labels[0]


def bundle_files(study: Study, options: SubmitOptions) -> tuple[dict[str, bytes], Metadata]:
    """Every file of the bundle, and its metadata; InputError when the study cannot be submitted."""
    if study.file is None:
        raise InputError(f"{study.root}: no study.json (a submission needs the study's lock)")
    examinee = choose_examinee(study, options.examinee)
    rows = [r for r in study.rows if r.examinee == examinee]
    files: dict[str, bytes] = {"study.json": (study.root / "study.json").read_bytes()}
    files["results.json"] = json.dumps([r.model_dump() for r in rows], indent=1).encode()
    env_llms: set[str | None] = set()
    for row in rows:
        folder = study.run_path(row)
        for name in RUN_FILES:
            if (folder / name).is_file():
                files[f"runs/{row.run_id}/{name}"] = (folder / name).read_bytes()
        for shot in sorted((folder / "screenshots").glob("*.png")):
            files[f"runs/{row.run_id}/screenshots/{shot.name}"] = shot.read_bytes()
        record = json.loads(files.get(f"runs/{row.run_id}/run.json", b"{}"))
        env_llms.add(record.get("env_llm_model"))
    counts: dict[str, int] = {}
    for row in rows:
        if row.scored:
            counts[row.task] = counts.get(row.task, 0) + 1
    first = rows[0] if rows else None
    meta = Metadata(
        agent_name=options.agent_name or examinee, model=options.model or (first.model if first else None),
        organisation=options.organisation or "unknown",
        date=options.date or datetime.now(UTC).strftime("%Y-%m-%d"), link=options.link,
        k=min(counts.values()) if counts else 1,
        env_llm=", ".join(sorted(e or OFFLINE for e in env_llms)) or OFFLINE,
        harness_version=study.file.lock.harness_version, study=study.name,
    )
    files["metadata.yaml"] = metadata_yaml(meta)
    leaks = [line for name, data in sorted(files.items()) for line in key_material(name, data)]
    if leaks:
        raise InputError(f"not packed: {leaks[0]}" + (f" (and {len(leaks) - 1} more)" if len(leaks) > 1 else ""))
    return files, meta


def submit(study: Study, out: Path, options: SubmitOptions) -> Metadata:
    archive_kind(out)  # refuse a bad file name before reading anything
    files, meta = bundle_files(study, options)
    write_archive(out, files)
    return meta
