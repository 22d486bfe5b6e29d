"""``harness submission validate``: check a bundle as a leaderboard would. Every problem is one line.

Checked: no key material in any file; metadata.yaml and study.json readable; every run's record, image, score
(recomputed from eval.json and the suite's labels) and trajectory (see ``run_checks``); every suite task present
with at least ``min_trials`` graded trials (only the tasks present with ``allow_partial``); the lock's image ids
equal the suite's; one examinee and one named environment LLM across all runs; no timeout or limit overrides;
results.json agrees with the recomputed scores.
"""

from __future__ import annotations

import json
from collections import Counter

from pydantic import ValidationError

from ..agents.registry import AgentOptions
from ..task.meta import describe_validation_error
from .key_scan import key_material
from .metadata import OFFLINE, Metadata, parse_metadata
from .models import ResultRow, StudyFile
from .run_checks import RunCheck, check_run
from .suite import SuiteManifest

DEFAULT_MIN_TRIALS = 5  # as Harbor's leaderboard asks
_DEFAULTS = AgentOptions()
DEFAULT_LIMITS: dict[str, float] = {"max_steps": _DEFAULTS.max_steps, "max_tokens": _DEFAULTS.max_tokens,
                                    "max_cost": _DEFAULTS.max_cost_usd}
TIMEOUT_KEYS = ("timeout", "command_timeout", "agent_timeout", "init_timeout", "eval_timeout")


def validate_bundle(files: dict[str, bytes], suite: SuiteManifest, *, min_trials: int = DEFAULT_MIN_TRIALS,
                    allow_partial: bool = False, secrets: list[str] | None = None) -> list[str]:
    """Every problem of the bundle ``files`` against ``suite``; empty when it is clean."""
    problems = [line for name, data in sorted(files.items()) for line in key_material(name, data, secrets)]
    meta, problem = parse_metadata(files["metadata.yaml"]) if "metadata.yaml" in files else (None, None)
    if "metadata.yaml" not in files:
        problem = "metadata.yaml is missing"
    problems += [problem] if problem else []
    study = _study(files, problems)
    run_ids = sorted({name.split("/")[1] for name in files if name.startswith("runs/") and name.count("/") >= 2})
    if not run_ids:
        return [*problems, "the bundle has no runs (runs/<id>/run.json)"]
    checks = [check_run(run_id, files, suite) for run_id in run_ids]
    problems += [p for c in checks for p in c.problems]
    graded = [c for c in checks if c.record is not None]
    problems += _coverage(checks, suite, min_trials, allow_partial, meta)
    problems += _one_examinee(graded, meta)
    problems += _one_env_llm(graded, meta, study)
    if study is not None:
        problems += _lock(study, suite, graded)
        problems += _overrides(study, graded)
    problems += _results_rows(files, checks)
    return problems


def _study(files: dict[str, bytes], problems: list[str]) -> StudyFile | None:
    if "study.json" not in files:
        problems.append("study.json is missing")
        return None
    try:
        return StudyFile.model_validate_json(files["study.json"])
    except ValidationError as exc:
        problems.append(f"study.json: {describe_validation_error(exc)}")
        return None


def _coverage(checks: list[RunCheck], suite: SuiteManifest, min_trials: int, allow_partial: bool,
              meta: Metadata | None) -> list[str]:
    trials = Counter(c.record.task for c in checks if c.record is not None and c.counts_as_trial)
    present = {c.record.task for c in checks if c.record is not None}
    wanted = sorted(present & set(suite.tasks)) if allow_partial else sorted(suite.tasks)
    problems = []
    missing = [t for t in wanted if t not in present]
    if missing:
        problems.append(f"{len(missing)} of the suite's {len(suite.tasks)} tasks have no runs: "
                        f"{', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}")
    for task in wanted:
        if task in present and trials[task] < min_trials:
            problems.append(f"task {task}: {trials[task]} graded trial(s), at least {min_trials} required")
    counted = [t for t in wanted if t in present]
    if meta is not None and counted:
        fewest = min(trials[t] for t in counted)
        if meta.k > fewest:
            problems.append(f"metadata.yaml claims k={meta.k} but a task has only {fewest} graded trial(s)")
    return problems


def _one_examinee(checks: list[RunCheck], meta: Metadata | None) -> list[str]:
    agents = Counter((c.record.agent.name, c.record.agent.model) for c in checks if c.record)
    if len(agents) > 1:
        shown = ", ".join(f"{name}{':' + model if model else ''} ({n} runs)" for (name, model), n in agents.items())
        return [f"runs of more than one examinee: {shown}"]
    if meta is not None and meta.model and agents:
        [(_, model)] = agents
        if model is not None and model != meta.model:
            return [f"metadata.yaml names model {meta.model!r} but the runs used {model!r}"]
    return []


def _one_env_llm(checks: list[RunCheck], meta: Metadata | None, study: StudyFile | None) -> list[str]:
    used = Counter(c.record.env_llm_model or OFFLINE for c in checks if c.record)
    if len(used) > 1:
        shown = ", ".join(f"{name} ({n} runs)" for name, n in sorted(used.items()))
        return [f"mixed environment LLMs: {shown}; one environment LLM must grade and play colleagues in every run"]
    if not used:
        return []
    [env] = used
    problems = []
    if meta is not None and meta.env_llm != env:
        problems.append(f"metadata.yaml states environment LLM {meta.env_llm!r} but the runs used {env!r}")
    if study is not None and (study.lock.env_llm or OFFLINE) != env:
        problems.append(f"study.json's lock names environment LLM {study.lock.env_llm or OFFLINE!r} but the runs "
                        f"used {env!r}")
    return problems


def _lock(study: StudyFile, suite: SuiteManifest, checks: list[RunCheck]) -> list[str]:
    problems = []
    for task, image_id in sorted(study.lock.task_images.items()):
        expected = suite.tasks.get(task)
        if expected is not None and expected.image_id != image_id:
            problems.append(f"study.json's lock has image {image_id} for task {task}; the suite's is "
                            f"{expected.image_id}")
    versions = Counter(c.record.harness_version for c in checks if c.record)
    if any(v != study.lock.harness_version for v in versions):
        problems.append(f"runs were made by harness {', '.join(sorted(versions))}; the lock names "
                        f"{study.lock.harness_version}")
    return problems


def _overrides(study: StudyFile, checks: list[RunCheck]) -> list[str]:
    labels = {f"{c.record.agent.name}:{c.record.agent.model}" if c.record.agent.model else c.record.agent.name
              for c in checks if c.record}
    examinees = [e for e in study.config.examinees if e.label in labels] or study.config.examinees
    problems = []
    for examinee in examinees:
        limits = examinee.limits.model_dump()
        for key in ("timeout", "command_timeout"):
            if limits.get(key) is not None:
                problems.append(f"examinee {examinee.label}: overrides the task's {key.replace('_', ' ')} "
                                f"({limits[key]}s)")
        for key, default in DEFAULT_LIMITS.items():
            if limits.get(key) is not None and limits[key] != default:
                problems.append(f"examinee {examinee.label}: overrides {key} ({limits[key]}; the default is {default})")
    for key in TIMEOUT_KEYS:
        if study.config.raw.get(key) is not None:
            problems.append(f"study config overrides {key} ({study.config.raw[key]})")
    return problems


def _results_rows(files: dict[str, bytes], checks: list[RunCheck]) -> list[str]:
    if "results.json" not in files:
        return ["results.json is missing"]
    try:
        rows = [ResultRow.model_validate(r) for r in json.loads(files["results.json"])]
    except (ValueError, TypeError) as exc:
        detail = describe_validation_error(exc) if isinstance(exc, ValidationError) else str(exc).splitlines()[0]
        return [f"results.json: {detail}"]
    by_id = {c.run_id: c for c in checks}
    problems = []
    for row in rows:
        check = by_id.get(row.run_id)
        if check is None:
            problems.append(f"results.json lists run {row.run_id}, which is not in the bundle")
        elif check.score is not None and (row.score is None or abs(row.score - check.score) > 1e-9
                                          or row.resolved != check.resolved):
            problems.append(f"results.json claims score {row.score} (resolved {row.resolved}) for run {row.run_id}; "
                            f"its eval.json gives {check.score} (resolved {check.resolved})")
    listed = {r.run_id for r in rows}
    problems += [f"run {c.run_id} is not listed in results.json" for c in checks if c.run_id not in listed]
    return problems
