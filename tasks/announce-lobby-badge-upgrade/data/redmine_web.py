"""A signed-in browser-like session on the tracker's web pages (Redmine 5.0), for the setup hook.

Forum boards and messages have no REST API in Redmine 5.0, so the hook creates them the way a person does:
sign in through the login form and submit the pages' forms with their authenticity_token.
"""

from __future__ import annotations

import html
import re

import requests

_TOKEN = re.compile(r'name="authenticity_token" value="([^"]+)"')


class WebSession:
    """One signed-in web session; raises RuntimeError with a one-line reason when a page or form fails."""

    def __init__(self, base_url: str, username: str, password: str, timeout: float = 30.0):
        self.base = base_url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()
        token = self.token("/login")
        answer = self.http.post(f"{self.base}/login", timeout=timeout, allow_redirects=False, data={
            "authenticity_token": token, "username": username, "password": password, "back_url": f"{self.base}/"})
        if answer.status_code != 302 or "/login" in answer.headers.get("Location", ""):
            raise RuntimeError(f"tracker web login of {username!r} failed (HTTP {answer.status_code})")

    def page(self, path: str) -> str:
        answer = self.http.get(f"{self.base}{path}", timeout=self.timeout)
        if answer.status_code != 200:
            raise RuntimeError(f"GET {path} answered HTTP {answer.status_code}")
        return answer.text

    def token(self, path: str) -> str:
        found = _TOKEN.search(self.page(path))
        if not found:
            raise RuntimeError(f"no form token on {path}")
        return html.unescape(found.group(1))

    def submit(self, form_path: str, action: str, fields: dict[str, str]) -> str:
        """Submit a form shown on ``form_path`` to ``action``; returns the redirect target."""
        data = {"authenticity_token": self.token(form_path), **fields}
        answer = self.http.post(f"{self.base}{action}", data=data, timeout=self.timeout, allow_redirects=False)
        if answer.status_code != 302:
            raise RuntimeError(f"POST {action} answered HTTP {answer.status_code} (form refused)")
        return answer.headers.get("Location", "")
