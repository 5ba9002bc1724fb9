"""Board settings from mkdocs.yml (`extra.board`), with defaults that work out of the box."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import yaml

from generator.core import contacts
from generator.core.contacts import Contact, ContactError, Operator
from generator.core.languages import LANGUAGES

T = TypeVar("T")


@dataclass(frozen=True)
class MatchSettings:
    """How pairs are scored and how many are suggested."""

    weights: dict[str, float] = field(default_factory=dict)  # the board's own; match.criteria has the defaults
    threshold: int = 30
    top_k: int = 5
    min_relevance: float = 0.1
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
class Partner:
    """A partner board whose listings join this board's matching: its name and its site's root address."""

    name: str
    url: str  # http(s)://..., ending in "/"


def partners(board: dict[str, Any], own_name: str = "") -> tuple[Partner, ...]:
    """Return the partner boards named under `extra.board.partners`, each checked.

    A partner may not take this board's name (`own_name`): the search page tells boards apart by name, and
    would list every result of the two boards twice.
    """
    raw = board.get("partners") or []
    if not isinstance(raw, list):
        raise SettingsError("extra.board.partners must be a list of {name: ..., url: https://.../}")
    found = tuple(_partner(i, item) for i, item in enumerate(raw))
    for i, p in enumerate(found):
        if p.name == own_name.strip():
            raise SettingsError(f"extra.board.partners[{i}].name is {p.name!r}, this board's own name; give the "
                                "partner board its own name")  # fmt: skip
    for attribute in ("name", "url"):
        values = [getattr(p, attribute) for p in found]
        twice = sorted({v for v in values if values.count(v) > 1})
        if twice:
            raise SettingsError(f"extra.board.partners names the {attribute} {twice[0]!r} twice")
    return found


def _partner(i: int, item: Any) -> Partner:
    """Return one partner entry, or say which one is wrong and how."""
    where = f"extra.board.partners[{i}]"
    if not isinstance(item, dict) or set(item) != {"name", "url"}:
        raise SettingsError(f"{where} must have exactly `name` and `url`, such as {{name: Alpine board, url: "
                            "https://alpine.example/board/}")  # fmt: skip
    name, url = item["name"], item["url"]
    if not isinstance(name, str) or not name.strip():
        raise SettingsError(f"{where}.name must be the partner board's name (text)")
    parts = urlsplit(url) if isinstance(url, str) else None
    if not parts or parts.scheme not in ("http", "https") or not parts.netloc or not url.endswith("/") \
            or any(c.isspace() for c in url) or parts.query or parts.fragment:  # fmt: skip
        raise SettingsError(f"{where}.url is {url!r}; it must be the partner's site root, an http:// or "
                            "https:// address ending in /")  # fmt: skip
    if "@" in parts.netloc:  # a user name or password would be printed in every warning about the partner
        raise SettingsError(f"{where}.url holds a user name or password; give the partner's public address")
    if not name.isprintable():
        raise SettingsError(f"{where}.name holds a control or direction character; write the name as shown")
    # Scheme and host in lower case, as they are read: the same board written twice is then seen as one.
    return Partner(name.strip(), urlunsplit(parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower())))


@dataclass(frozen=True)
class BoardSettings:
    """What a hosting agency sets in mkdocs.yml under `extra.board`, and the site's address."""

    name: str = "matchboard"
    intro: str = (
        "Organisations of the Alpine regions post what they need and what they offer; the board "
        "suggests partners and says why."
    )
    facilitator: str | None = None  # e-mail address behind "express interest"
    contact: Contact | None = None  # how to post without a GitHub account
    operator: Operator | None = None  # who runs the board: the About page's imprint
    repository: str | None = None  # e.g. https://github.com/agency/board, for edit links
    branch: str = "main"
    language: str = "en"  # the default language: its pages are at the site's root
    languages: tuple[str, ...] = ("en",)  # every language offered, the default first; others under /<code>/
    site_url: str = ""
    host_limit_mb: int = 1000  # the most the host publishes (GitHub Pages: 1 GB); the build warns from 80 %
    matching: MatchSettings = field(default_factory=MatchSettings)
    partners: tuple[Partner, ...] = ()  # boards whose listings are matched with this board's
    root: Path = Path()  # the board's repository folder: where mkdocs.yml is

    def __post_init__(self) -> None:
        # The default language is always offered, first: its pages are the site's root.
        object.__setattr__(self, "languages", tuple(dict.fromkeys([self.language, *self.languages])))

    def repository_path(self, path: str) -> str | None:
        """Return a file's path inside the board's repository, or None when it lies outside."""
        relative = Path(os.path.relpath(Path(path).resolve(), self.root.resolve())).as_posix()
        return None if relative.startswith("../") else relative


def board_settings(config_path: Path, site_url: str | None = None) -> BoardSettings:
    """Read the board settings (and `site_name`, `site_url`) from an mkdocs.yml; a given `site_url` wins."""
    config = _read_config(config_path)
    if site_url:
        config["site_url"] = site_url
    _site_address(config.get("site_url"))
    board = (config.get("extra") or {}).get("board") or {}
    defaults = BoardSettings()
    language = _language("language", board.get("language") or defaults.language)
    name = str(board.get("name") or config.get("site_name") or defaults.name)
    return BoardSettings(
        name=name,
        intro=str(board.get("intro") or defaults.intro),
        facilitator=_checked(lambda raw: contacts.email("facilitator", raw), board.get("facilitator")),
        contact=_checked(contacts.contact, board.get("contact")),
        operator=_checked(contacts.operator, board.get("operator")),
        repository=str(board["repository"]).rstrip("/") if board.get("repository") else None,
        branch=str(board.get("branch") or defaults.branch),
        language=language,
        languages=_languages(board, language),
        site_url=str(config.get("site_url") or ""),
        host_limit_mb=_host_limit(board.get("host_limit_mb", defaults.host_limit_mb)),
        root=config_path.parent,
        matching=match_settings(board),
        partners=partners(board, name),
    )


def _site_address(url: Any) -> None:
    """Raise SettingsError unless the site's address (site_url or --site-url) is empty or an http(s) address."""
    if url is None or url == "":
        return
    try:
        ok = isinstance(url, str) and bool(contacts.WEB.match(url)) and bool(urlsplit(url).hostname)
    except ValueError:  # such as an unclosed [ of an IPv6 address
        ok = False
    if not ok:
        raise SettingsError(f"the site's address {url!r} must be an address such as https://agency.example/board/")


def _checked(read: Callable[[Any], T], raw: Any) -> T:
    """Return a setting read by `read`, its problem raised as a SettingsError."""
    try:
        return read(raw)
    except ContactError as err:
        raise SettingsError(str(err)) from None


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
    if not isinstance(config.get("extra") or {}, dict):
        raise SettingsError(f"{path}: extra must be a group of settings, such as `extra: {{board: ...}}`")
    board = (config.get("extra") or {}).get("board")
    if board is not None and not isinstance(board, dict):
        raise SettingsError(f"{path}: extra.board must be a group of settings")
    return config
