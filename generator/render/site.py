"""The static site: generated pages -> mkdocs build -> Pagefind index per language -> moved into place at once."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.core import parallel, urls, vocab
from generator.core.i18n import N_, lang
from generator.core.progress import SILENT, Progress
from generator.core.settings import BoardSettings
from generator.core.urls import tree_prefix, tree_up
from generator.match.board import Board
from generator.render import search_bundle
from generator.render import target as folder
from generator.render.compact import compact_tree
from generator.render.exports import write_exports, write_feeds
from generator.render.favicon import FAVICON, favicon_ico, theme_favicon
from generator.render.head import head_settings
from generator.render.pages import board_texts, write_pages
from generator.render.places import region_files
from generator.render.target import MARKER, MARKER_TEXT, Stopped, TargetError
from generator.render.templates import TEMPLATES, FrontMatterError
from generator.render.views import obfuscated

ASSETS = TEMPLATES / "assets"
# The navigation titles of the board's own mkdocs.yml, for the catalogues: each language's build
# shows them translated (a title an agency adds is shown as written).
NAV_TITLES = (N_("Home"), N_("Needs"), N_("Offers"), N_("Search"), N_("Submit"), N_("Browse"), N_("Statistics"),
              N_("Archive"), N_("Data and feeds"))  # fmt: skip
SEARCH_LABEL = N_("Search the board")
# What every page's footer and the 404 page say, in each language's words (the theme templates read extra.mb).
FOOTER = {"about": N_("About this board"), "write": N_("Write to the board"), "form": N_("Contact form")}
NOT_FOUND = {
    "title": N_("Page not found"),
    "home": N_("Go to the home page"),
    "search": N_("Search the board"),
    "text": N_("There is no page at this address. Listing pages stay after they expire: check the address."),
}


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def write_docs(board: Board, settings: BoardSettings, docs: Path, progress: Progress = SILENT) -> int:
    """Write a docs folder per language (`docs/<code>/`: pages, feeds, assets); return how many files.

    The data files shared by every language (api/, schema/, embed/) go in the default language's folder,
    which becomes the site's root.
    """
    count = 0
    with progress.stage("listing texts"):  # descriptions and search words: alike in every language's pages
        texts = board_texts(board, settings)
    for code in settings.languages:
        with progress.stage(f"pages ({code})", unit="files") as advance:
            files = {**write_pages(board, settings, code, texts), **write_feeds(board, settings, code)}
            if code == settings.language:
                files.update(write_exports(board, settings))
                files.update(region_files(settings.languages))  # the Submit page's region lists, for every tree
            made: set[Path] = set()
            for path, content in sorted(files.items()):
                target = docs / code / path
                if target.parent not in made:  # thousands of pages share a folder: ask the file system once
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made.add(target.parent)
                target.write_text(content, encoding="utf-8")
            shutil.copytree(ASSETS, docs / code / "assets", dirs_exist_ok=True)
            advance(len(files))
        count += len(files)
    return count


def build_site(board: Board, settings: BoardSettings, config: Path, site: Path, progress: Progress = SILENT) -> None:
    """Build the whole site into a temporary folder beside `site`, then swap it in.

    Only a folder a build wrote (it holds the marker file) or an empty one is replaced; one build
    at a time per site; a stopped build leaves nothing behind, and the next one clears a killed one's.
    """
    site = site.absolute()  # MkDocs reads a relative docs_dir from the settings file's folder, not ours
    try:
        site.parent.mkdir(parents=True, exist_ok=True)
        folder.check_target(site)
        with folder.locked(site), folder.stoppable():
            folder.recover(site)
            folder.check_target(site)
            _build_into(board, settings, config, site, progress)
    except (TargetError, FrontMatterError, search_bundle.SearchBundleError) as err:
        raise BuildError(str(err)) from None
    except Stopped as err:
        raise BuildError(f"stopped by {err}; the previous site is unchanged") from None
    except OSError as err:
        where = f" ({err.filename})" if err.filename else ""
        raise BuildError(f"cannot write the site: {err.strerror}{where}") from None


def _build_into(board: Board, settings: BoardSettings, config: Path, site: Path, progress: Progress) -> None:
    with tempfile.TemporaryDirectory(prefix=folder.work_prefix(site), dir=site.parent) as work:
        docs, out = Path(work) / "docs", Path(work) / "site"
        # Markdown pages, feeds and exports, a folder per language.
        write_docs(board, settings, docs, progress)
        # The icon browsers ask the site's root for, in the default language's tree (the root).
        (docs / settings.language / FAVICON).write_bytes(favicon_ico(theme_favicon()))
        # One mkdocs build per language, each into its own folder.
        trees = build_trees(config, settings, docs, out, board.today, progress)
        # One Pagefind run per language tree: memory for one language at a time.
        search_bundle.index_trees(trees, progress)
        with progress.stage("swap"):
            nest_trees(trees, settings, out)
            (out / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
            _swap(out, site)


def build_trees(
    config: Path, settings: BoardSettings, docs: Path, out: Path, today: dt.date, progress: Progress = SILENT
) -> dict[str, Path]:
    """Run mkdocs build once per language (the cores share them) into a folder each beside `out`; return them."""
    trees = {code: out.with_name(f"{out.name}-{code}") for code in settings.languages}
    shared = _Trees(config, settings, docs, trees, today)
    with progress.stage("mkdocs", len(trees), "languages") as advance:

        def built(result: tuple[str, str | None, float]) -> None:
            code, error, seconds = result
            if error is None:
                progress.part(f"mkdocs ({code})", seconds)
                advance()

        for _, error, _ in parallel.fork_map(_build_tree, list(settings.languages), 2, shared, done=built):
            if error:
                raise BuildError(error)
    return trees


def nest_trees(trees: dict[str, Path], settings: BoardSettings, out: Path) -> None:
    """Make the default language's tree `out` and move the others into it (`out/fr/`)."""
    trees[settings.language].rename(out)
    for code, tree in trees.items():
        if code != settings.language:
            tree.rename(out / tree_prefix(settings, code).rstrip("/"))


@dataclass(frozen=True)
class _Trees:
    """What every language's worker reads."""

    config: Path
    settings: BoardSettings
    docs: Path
    trees: dict[str, Path]
    today: dt.date


def _build_tree(code: str) -> tuple[str, str | None, float]:
    """Build one language's tree; return its code, the error message if any, and the seconds it took.

    Errors come back as text: exceptions do not cross processes well.
    """
    t = parallel.shared(_Trees)
    start = time.perf_counter()
    try:
        mkdocs_build(t.config, t.docs / code, t.trees[code], t.today, tree_settings(t.settings, code))
        compact_tree(t.trees[code])  # before Pagefind, which then reads smaller pages
    except BuildError as err:
        return code, str(err), time.perf_counter() - start
    return code, None, time.perf_counter() - start


def tree_settings(settings: BoardSettings, code: str) -> dict[str, Any]:
    """Return what a language's mkdocs build changes in mkdocs.yml: language, address, navigation, switch."""
    words = lang(code)
    up = tree_up(settings, code)
    switch = [{"code": c, "name": vocab.labels("languages")[c], "link": up + tree_prefix(settings, c),
               "prefix": tree_prefix(settings, c)} for c in settings.languages]  # fmt: skip
    return {
        "language": code,
        "site_url": urls.absolute(settings, "", code) if settings.site_url else "",
        "mb": {
            "search_label": words.gettext(SEARCH_LABEL),
            "languages": switch if len(switch) > 1 else [],
            "footer": {**{k: words.gettext(v) for k, v in FOOTER.items()}, **_footer_contact(settings)},
            "not_found": {k: words.gettext(v) for k, v in NOT_FOUND.items()},
            "head": head_settings(settings, code),
        },
        "translate": words.gettext,
    }


def _footer_contact(settings: BoardSettings) -> dict[str, str]:
    """Return who runs the board and how to reach it, for the footer; the e-mail address encoded."""
    contact, operator = settings.contact, settings.operator
    found = {"operator": operator.name} if operator else {}
    if contact and contact.email:
        found["email"] = obfuscated(contact.email)
    if contact and contact.form:
        found["form_url"] = contact.form
    return found


@contextlib.contextmanager
def _build_date(today: dt.date) -> Iterator[None]:
    """Pin the date MkDocs writes (sitemap) to the build date, for byte-identical builds."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(
        int(dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC).timestamp())
    )
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def mkdocs_build(config: Path, docs: Path, out: Path, today: dt.date, tree: dict[str, Any] | None = None) -> None:
    """Run `mkdocs build` with the board's mkdocs.yml on a generated docs folder, in a tree's language."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands import build as mkdocs
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from generator.render import final_html  # imports MkDocs: only when a site is built

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    with _build_date(today):
        try:
            cfg = load_config(config_file=str(config), docs_dir=str(docs), site_dir=str(out))
            if tree:
                _in_language(cfg, tree)
            final_html.register(cfg)
            mkdocs.build(cfg)
        except MkDocsException as err:
            raise BuildError(f"mkdocs build failed: {err}") from None


def _in_language(cfg: Any, tree: dict[str, Any]) -> None:
    """Set a loaded MkDocs configuration to one language: Material's words, the address, the nav titles."""
    cfg["theme"]["language"] = tree["language"]
    cfg["site_url"] = tree["site_url"] or None
    cfg["extra"]["mb"] = tree["mb"]
    cfg["nav"] = _translated_nav(cfg["nav"], tree["translate"])


def _translated_nav(nav: Any, translate: Callable[[str], str]) -> Any:
    """Return a navigation (lists of {title: page or section}) with each title translated."""
    if isinstance(nav, list):
        return [_translated_nav(item, translate) for item in nav]
    if isinstance(nav, dict):
        return {translate(str(title)): _translated_nav(value, translate) for title, value in nav.items()}
    return nav


def _swap(new: Path, site: Path) -> None:
    """Replace `site` by `new`: renames on one file system, so no one sees half a site."""
    old = folder.old_site(site)
    if old.exists():
        shutil.rmtree(old)
    if site.exists():
        site.rename(old)
    new.rename(site)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
    if old.exists():
        raise TargetError(f"the new site is in place, but the previous one could not be removed: {old} (read-only?)")
