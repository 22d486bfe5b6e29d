"""A headless Chromium (Debian's, through Playwright) for browsing the company's web services.

Created lazily on first use, in the agent's thread (Playwright's sync API is bound to one thread).
The company domain resolves to the services' host; every other name fails fast (no DNS traffic).
"""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path
from typing import Any

from grading.endpoints import DOMAIN

from .agent_env import base_env

CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
QUIET_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
PAGE_TEXT_LIMIT = 20_000


class BrowserUnavailable(RuntimeError):
    pass


def find_chromium() -> str:
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("chromium")
    if found:
        return found
    raise BrowserUnavailable("no chromium found (apt-get install chromium)")


def chromium_args(server_hostname: str) -> list[str]:
    try:
        address = socket.gethostbyname(server_hostname)
    except OSError:
        address = "127.0.0.1"
    rules = f"MAP {DOMAIN} {address}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE {server_hostname}"
    return [*QUIET_ARGS, f"--host-resolver-rules={rules}"]


class Browser:
    """``sign_in`` = (urls, services, username, password): log into those services before first use."""

    def __init__(self, server_hostname: str, screenshots_dir: Path, storage_state: Path | None = None,
                 sign_in: tuple[dict[str, str], list[str], str, str] | None = None):
        self.server_hostname = server_hostname
        self.screenshots_dir = screenshots_dir
        self.storage_state = storage_state
        self.sign_in = sign_in
        self.sign_in_outcome: dict[str, str] = {}
        self._playwright: Any = None
        self._browser: Any = None
        self._page: Any = None
        self._shots = 0

    def _page_or_start(self) -> Any:
        if self._page is None:
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(  # the examinee drives it: no secrets in its env
                executable_path=find_chromium(), args=chromium_args(self.server_hostname), headless=True,
                env=base_env(os.environ))
            state = str(self.storage_state) if self.storage_state and self.storage_state.is_file() else None
            credentials = None
            if self.sign_in and "git" in self.sign_in[0]:
                urls, _, username, password = self.sign_in
                credentials = {"username": username, "password": password, "origin": urls["git"]}
            context = self._browser.new_context(storage_state=state, viewport={"width": 1280, "height": 900},
                                                http_credentials=credentials)
            context.set_default_timeout(15_000)
            if self.sign_in and state is None:
                from ..services.browser_login import sign_in

                self.sign_in_outcome = sign_in(context, *self.sign_in)
                if self.storage_state is not None:
                    context.storage_state(path=str(self.storage_state), indexed_db=True)
            self._page = context.new_page()
        return self._page

    def start(self) -> None:
        """Launch now (and sign in), rather than on first use."""
        self._page_or_start()

    def navigate(self, url: str) -> str:
        # the browser runs on the host: only web pages, never file:// (host files) or other schemes
        if not url.lower().startswith(("http://", "https://")):
            return f"refused: only http:// and https:// addresses can be opened (got {url[:80]!r})"
        page = self._page_or_start()
        response = page.goto(url, wait_until="domcontentloaded")
        status = response.status if response is not None else "?"
        return f"HTTP {status} — {page.title()!r} at {page.url}\n\n{self.read()}"

    def click(self, selector: str | None = None, text: str | None = None) -> str:
        page = self._page_or_start()
        if text:
            page.get_by_text(text, exact=False).first.click()
        elif selector:
            page.locator(selector).first.click()
        else:
            return "error: give a CSS selector or a visible text to click"
        page.wait_for_load_state("domcontentloaded")
        return f"clicked; now at {page.url}\n\n{self.read()}"

    def type(self, selector: str, text: str, submit: bool = False) -> str:
        page = self._page_or_start()
        field = page.locator(selector).first
        field.fill(text)
        if submit:
            field.press("Enter")
            page.wait_for_load_state("domcontentloaded")
        return f"typed into {selector}; now at {page.url}"

    def read(self) -> str:
        page = self._page_or_start()
        try:
            snapshot = page.locator("body").aria_snapshot()
        except Exception:
            snapshot = page.inner_text("body")
        return str(snapshot)[:PAGE_TEXT_LIMIT]

    def screenshot(self) -> Path:
        page = self._page_or_start()
        self.screenshots_dir.mkdir(parents=True, exist_ok=True)
        self._shots += 1
        path = self.screenshots_dir / f"screenshot-{self._shots:03d}.png"
        page.screenshot(path=str(path))
        return path

    def close(self) -> None:
        try:
            if self._browser is not None:
                self._browser.close()
            if self._playwright is not None:
                self._playwright.stop()
        finally:
            self._browser = self._playwright = self._page = None
