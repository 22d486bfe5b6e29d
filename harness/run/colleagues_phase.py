"""Bringing a task's simulated colleagues online: scenarios decrypted on the host, never in the container."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..colleagues.runner import ColleagueGroup
from ..errors import InfraError
from ..sandbox import Sandbox
from .recorder import TrajectoryRecorder

if TYPE_CHECKING:
    from .lifecycle import EnvLLM


def start_colleagues(sandbox: Sandbox, key: str, env_llm: EnvLLM, recorder: TrajectoryRecorder, out_dir: Path,
                     chat_url: str) -> ColleagueGroup:
    """Decrypt the task's scenarios on the host and start its colleagues answering in chat."""
    from grading.company import CompanyData
    from grading.crypto import DecryptionError, decrypt, read_envelope
    from grading.image_layout import SCENARIOS_ENC, SCENARIOS_PURPOSE

    from ..colleagues.runner import EnvModel
    from ..settings import repo_root
    from ..task.scenarios import ScenarioFile

    try:
        envelope = read_envelope(sandbox.read_file(str(SCENARIOS_ENC)))
        if envelope.purpose != SCENARIOS_PURPOSE:
            raise DecryptionError("not an encrypted scenarios file")
        scenarios = ScenarioFile.parse_text(decrypt(envelope, key).decode(), "scenarios")
    except (FileNotFoundError, DecryptionError) as exc:
        raise InfraError(f"cannot read the task's colleague scenarios: {exc}") from None
    company = CompanyData.load(repo_root() / "servers" / "company")
    log_path = out_dir / "colleagues.log"
    lock = threading.Lock()

    def log(line: str) -> None:
        stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        with lock, log_path.open("a", encoding="utf-8") as fh:
            fh.write(f"{stamp} {line}\n")

    def on_reply(colleague: str, partner: str, text: str) -> None:
        recorder.system(f"{colleague} (chat, to {partner}): {text}",
                        extra={"colleague": {"username": colleague, "to": partner}})

    model = EnvModel(env_llm.model, env_llm.api_key, env_llm.base_url)
    group = ColleagueGroup.create(scenarios.colleagues, company, model, chat_url, on_reply, log,
                                  record_path=out_dir / "colleagues.json")
    group.start()
    return group
