"""Board settings from mkdocs.yml (`extra.board`), with defaults that work out of the box."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_WEIGHTS = {
    "text": 40.0,
    "keywords": 15.0,
    "sectors": 15.0,
    "partnership": 10.0,
    "category": 10.0,
    "geography": 10.0,
}


@dataclass(frozen=True)
class MatchSettings:
    """How pairs are scored and how many are suggested."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    threshold: int = 35
    top_k: int = 5
    min_relevance: float = 0.12
    full_relevance: float = 0.4


class _TolerantLoader(yaml.SafeLoader):
    """Read mkdocs.yml safely: MkDocs' own `!!python/name:` and `!ENV` tags become None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def load_settings(path: Path) -> dict[str, Any]:
    """Return `extra.board` of an mkdocs.yml, or {} when there is none."""
    board = (_read_config(path).get("extra") or {}).get("board") or {}
    return board if isinstance(board, dict) else {}


def match_settings(board: dict[str, Any]) -> MatchSettings:
    """Return the matching settings, each missing value taken from the defaults."""
    raw = board.get("matching") or {}
    defaults = MatchSettings()
    weights = {**defaults.weights, **{k: float(v) for k, v in (raw.get("weights") or {}).items()}}
    return MatchSettings(
        weights=weights,
        threshold=int(raw.get("threshold", defaults.threshold)),
        top_k=int(raw.get("top_k", defaults.top_k)),
        min_relevance=float(raw.get("min_relevance", defaults.min_relevance)),
        full_relevance=float(raw.get("full_relevance", defaults.full_relevance)),
    )


@dataclass(frozen=True)
class BoardSettings:
    """What a hosting agency sets in mkdocs.yml under `extra.board`, and the site's address."""

    name: str = "matchboard"
    intro: str = (
        "Organisations of the Alpine regions post what they need and what they offer; the board "
        "suggests partners and says why."
    )
    facilitator: str | None = None  # e-mail address behind "express interest"
    repository: str | None = None  # e.g. https://github.com/agency/board, for edit links
    branch: str = "main"
    language: str = "en"
    site_url: str = ""
    matching: MatchSettings = field(default_factory=MatchSettings)


def board_settings(config_path: Path) -> BoardSettings:
    """Read the board settings (and `site_name`, `site_url`) from an mkdocs.yml."""
    config = _read_config(config_path)
    board = (config.get("extra") or {}).get("board") or {}
    defaults = BoardSettings()
    return BoardSettings(
        name=str(board.get("name") or config.get("site_name") or defaults.name),
        intro=str(board.get("intro") or defaults.intro),
        facilitator=board.get("facilitator") or None,
        repository=str(board["repository"]).rstrip("/") if board.get("repository") else None,
        branch=str(board.get("branch") or defaults.branch),
        language=str(board.get("language") or defaults.language),
        site_url=str(config.get("site_url") or ""),
        matching=match_settings(board if isinstance(board, dict) else {}),
    )


def _read_config(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as f:
        config = yaml.load(f, Loader=_TolerantLoader) or {}  # noqa: S506 - a safe loader subclass
    return config if isinstance(config, dict) else {}
