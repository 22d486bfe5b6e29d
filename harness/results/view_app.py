"""``harness view``: a local web app (Starlette + uvicorn, 127.0.0.1 only) over the studies and runs in a folder.

Pages: ``/`` (studies and runs, filters, polling while runs are in progress) and ``/run`` (one run). The pages
read JSON from ``/api/...``; screenshots and logs come from ``/file`` (only files inside a run folder).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from ..errors import InputError
from .view_data import filter_rows, find_studies, live_rows, run_details, run_file, run_folder, step_page, study_at

STATIC = Path(__file__).parent / "static"
MAX_PAGE = 500
SERVED_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".log": "text/plain; charset=utf-8",
                ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8"}


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        raise InputError(f"not a number: {value!r}") from None


def create_app(root: Path) -> Starlette:
    """The viewer of the studies under ``root``."""

    def page(name: str) -> Callable[[Request], Response]:
        def handler(request: Request) -> Response:
            return FileResponse(STATIC / name, media_type="text/html")
        return handler

    def studies(request: Request) -> Response:
        return JSONResponse({"root": str(root.resolve()), "studies": find_studies(root)})

    def runs(request: Request) -> Response:
        q = request.query_params
        study = study_at(root, q.get("study", "."))
        rows = live_rows(study)
        shown = filter_rows(rows, q.get("task", ""), q.get("examinee", ""), q.get("status", ""),
                            _number(q.get("min_score")), _number(q.get("max_score")))
        return JSONResponse({"study": study.name, "total": len(rows), "rows": shown,
                             "examinees": sorted({r["examinee"] for r in rows}),
                             "tasks": sorted({r["task"] for r in rows}),
                             "statuses": sorted({r["status"] for r in rows}),
                             "running": sum(1 for r in rows if r["live"])})

    def run(request: Request) -> Response:
        q = request.query_params
        study = study_at(root, q.get("study", "."))
        return JSONResponse({"study": study.name, **run_details(run_folder(study, q.get("id", "")))})

    def steps(request: Request) -> Response:
        q = request.query_params
        study = study_at(root, q.get("study", "."))
        offset = max(0, int(_number(q.get("offset")) or 0))
        limit = min(MAX_PAGE, max(1, int(_number(q.get("limit")) or 50)))
        return JSONResponse(step_page(run_folder(study, q.get("id", "")), offset, limit))

    def file(request: Request) -> Response:
        q = request.query_params
        study = study_at(root, q.get("study", "."))
        path = run_file(run_folder(study, q.get("id", "")), q.get("path", ""))
        media = SERVED_TYPES.get(path.suffix.lower())
        if media is None:
            raise InputError(f"{path.name}: not a file the viewer shows")
        return FileResponse(path, media_type=media)

    async def input_error(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": str(exc)}, status_code=404)

    routes = [Route("/", page("index.html")), Route("/run", page("run.html")),
              Route("/static/{name}", lambda r: _static(r.path_params["name"])),
              Route("/api/studies", studies), Route("/api/runs", runs), Route("/api/run", run),
              Route("/api/steps", steps), Route("/file", file)]
    return Starlette(routes=routes, exception_handlers={InputError: input_error})


def _static(name: str) -> Response:
    types = {".js": "text/javascript", ".css": "text/css"}
    path = STATIC / Path(name).name
    if path.suffix not in types or not path.is_file():
        return JSONResponse({"error": "not found"}, status_code=404)
    return FileResponse(path, media_type=types[path.suffix])


def serve(root: Path, port: int, on_ready: Callable[[str], None]) -> None:
    """Serve until Ctrl-C, on 127.0.0.1 only."""
    import socket

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        raise InputError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    on_ready(f"http://127.0.0.1:{sock.getsockname()[1]}/")
    config = uvicorn.Config(create_app(root), log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
