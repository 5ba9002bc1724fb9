"""Board settings from mkdocs.yml (`extra.board`), with defaults that work out of the box."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.core.languages import LANGUAGES


@dataclass(frozen=True)
class MatchSettings:
    """How pairs are scored and how many are suggested."""

    weights: dict[str, float] = field(default_factory=dict)  # the board's own; match.criteria has the defaults
    threshold: int = 35
    top_k: int = 5
    min_relevance: float = 0.12
    full_relevance: float = 0.4


class _TolerantLoader(yaml.SafeLoader):
    """Read mkdocs.yml safely: MkDocs' own `!!python/name:` and `!ENV` tags become None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


class SettingsError(Exception):
    """mkdocs.yml holds a setting the board cannot use; the message names it."""


def match_settings(board: dict[str, Any]) -> MatchSettings:
    """Return the matching settings, each missing value taken from the defaults."""
    raw = board.get("matching") or {}
    if not isinstance(raw, dict):
        raise SettingsError("extra.board.matching must be a group of settings")
    defaults = MatchSettings()
    given = raw.get("weights") or {}
    if not isinstance(given, dict):
        raise SettingsError("extra.board.matching.weights must map criteria to numbers")
    weights = {str(k): _number(f"weights.{k}", v, 0, 1000) for k, v in given.items()}
    return MatchSettings(
        weights=weights,
        threshold=int(_number("threshold", raw.get("threshold", defaults.threshold), 0, 100)),
        top_k=int(_number("top_k", raw.get("top_k", defaults.top_k), 1, 100)),
        min_relevance=_number("min_relevance", raw.get("min_relevance", defaults.min_relevance), 0, 1),
        full_relevance=_number("full_relevance", raw.get("full_relevance", defaults.full_relevance), 0.01, 1),
    )


def _number(name: str, value: Any, low: float, high: float) -> float:
    """Return a setting as a number within its range, or say what is wrong with it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise SettingsError(f"extra.board.matching.{name} is {value!r}; it must be a number from {low:g} to {high:g}")
    return float(value)


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
    language: str = "en"  # the default language: its pages are at the site's root
    languages: tuple[str, ...] = ("en",)  # every language offered, the default first; others under /<code>/
    site_url: str = ""
    host_limit_mb: int = 1000  # the most the host publishes (GitHub Pages: 1 GB); the build warns from 80 %
    matching: MatchSettings = field(default_factory=MatchSettings)
    root: Path = Path()  # the board's repository folder: where mkdocs.yml is

    def __post_init__(self) -> None:
        # The default language is always offered, first: its pages are the site's root.
        object.__setattr__(self, "languages", tuple(dict.fromkeys([self.language, *self.languages])))

    def repository_path(self, path: str) -> str | None:
        """Return a file's path inside the board's repository, or None when it lies outside."""
        relative = Path(os.path.relpath(Path(path).resolve(), self.root.resolve())).as_posix()
        return None if relative.startswith("../") else relative


def board_settings(config_path: Path) -> BoardSettings:
    """Read the board settings (and `site_name`, `site_url`) from an mkdocs.yml."""
    config = _read_config(config_path)
    board = (config.get("extra") or {}).get("board") or {}
    defaults = BoardSettings()
    language = _language("language", board.get("language") or defaults.language)
    return BoardSettings(
        name=str(board.get("name") or config.get("site_name") or defaults.name),
        intro=str(board.get("intro") or defaults.intro),
        facilitator=board.get("facilitator") or None,
        repository=str(board["repository"]).rstrip("/") if board.get("repository") else None,
        branch=str(board.get("branch") or defaults.branch),
        language=language,
        languages=_languages(board, language),
        site_url=str(config.get("site_url") or ""),
        host_limit_mb=_host_limit(board.get("host_limit_mb", defaults.host_limit_mb)),
        root=config_path.parent,
        matching=match_settings(board),
    )


def _host_limit(value: Any) -> int:
    """Return the host's limit in MB, a whole number of at least 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"extra.board.host_limit_mb is {value!r}; it must be a whole number of MB, such as 1000")
    return value


def _language(name: str, value: Any) -> str:
    """Return a language code the board has an interface catalogue for, or say which ones it has."""
    if not isinstance(value, str) or value not in LANGUAGES:
        raise SettingsError(f"extra.board.{name} is {value!r}; the board's languages are {', '.join(LANGUAGES)}")
    return value


def _languages(board: dict[str, Any], default: str) -> tuple[str, ...]:
    """Return the languages offered, the default first, each once."""
    raw = board.get("languages") or [default]
    if not isinstance(raw, list):
        raise SettingsError("extra.board.languages must be a list of language codes, such as [en, fr, de]")
    offered = [_language("languages", code) for code in raw]
    return tuple(dict.fromkeys([default, *offered]))


def _read_config(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8") as f:
            config = yaml.load(f, Loader=_TolerantLoader) or {}  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise SettingsError(f"{where}: invalid YAML: {err.problem}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise SettingsError(f"{path}: cannot be read: {err}") from None
    if not isinstance(config, dict):
        raise SettingsError(f"{path}: expected settings such as `site_name:`")
    board = (config.get("extra") or {}).get("board")
    if board is not None and not isinstance(board, dict):
        raise SettingsError(f"{path}: extra.board must be a group of settings")
    return config
