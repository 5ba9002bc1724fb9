"""A small GitHub REST API client for the workflow scripts (standard library only)."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

PER_PAGE = 100
MAX_PAGES = 20


class GitHubError(RuntimeError):
    """A request the API answered with an error status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"GitHub API error {status}: {message}")
        self.status = status


class GitHub:
    """Calls to one repository's REST API with the workflow's token."""

    def __init__(self, token: str, repository: str, api_url: str = "https://api.github.com") -> None:
        if not api_url.startswith("https://"):
            raise ValueError(f"the API address must use https: {api_url!r}")
        if repository.count("/") != 1:
            raise ValueError(f"GITHUB_REPOSITORY must be owner/name: {repository!r}")
        self.token = token
        self.repository = repository
        self.api_url = api_url.rstrip("/")

    @classmethod
    def from_env(cls) -> GitHub:
        """Return a client for GITHUB_REPOSITORY using GITHUB_TOKEN (and GITHUB_API_URL when set)."""
        token = os.environ.get("GITHUB_TOKEN", "")
        repository = os.environ.get("GITHUB_REPOSITORY", "")
        if not token or not repository:
            raise SystemExit("GITHUB_TOKEN and GITHUB_REPOSITORY must be set")
        return cls(token, repository, os.environ.get("GITHUB_API_URL") or "https://api.github.com")

    @property
    def owner(self) -> str:
        """Return the repository's owner."""
        return self.repository.split("/")[0]

    def request(self, method: str, path: str, body: Any = None, query: dict[str, Any] | None = None) -> Any:
        """Send one request; `path` is relative to the repository (`issues/1`) or absolute (`/user`)."""
        url = self.api_url + (path if path.startswith("/") else f"/repos/{self.repository}/{path}")
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(url, data=data, method=method)  # noqa: S310 (https checked in __init__)
        req.add_header("Accept", "application/vnd.github+json")
        req.add_header("Authorization", f"Bearer {self.token}")
        req.add_header("X-GitHub-Api-Version", "2022-11-28")
        req.add_header("User-Agent", "matchboard-workflows")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=30) as response:  # noqa: S310 (https checked in __init__)
                raw = response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:500]
            raise GitHubError(err.code, detail) from None
        return json.loads(raw) if raw else None

    def paginate(self, path: str, query: dict[str, Any] | None = None) -> list[Any]:
        """Return every item of a list endpoint, page by page."""
        items: list[Any] = []
        for page in range(1, MAX_PAGES + 1):
            batch = self.request("GET", path, query={**(query or {}), "per_page": PER_PAGE, "page": page})
            items.extend(batch)
            if len(batch) < PER_PAGE:
                break
        return items
