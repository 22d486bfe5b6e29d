"""The clock image (docker/clock): Debian's libfaketime, for runs with a shifted clock (``harness.clock``)."""

from __future__ import annotations

from .. import __version__
from ..settings import LABEL_HARNESS, LABEL_KIND, base_image, clock_image, repo_root
from .base import require_image
from .context import BuildContext, LogHook, build_if_changed


def build_clock_image(on_log: LogHook | None = None) -> str:
    """Build the clock image unless it is up to date; return its id."""
    require_image(base_image(), "harness build base")
    context = BuildContext()
    context.add_file("Dockerfile", repo_root() / "docker/clock/Dockerfile")
    image_id, _ = build_if_changed(
        context, clock_image(), parent=base_image(), buildargs={"BASE_IMAGE": base_image()},
        labels={LABEL_KIND: "clock", LABEL_HARNESS: __version__}, on_log=on_log,
    )
    return image_id
