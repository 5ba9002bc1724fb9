"""The static site: generated pages -> mkdocs build -> Pagefind index -> moved into place at once."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .board import Board
from .exports import write_exports
from .pages import TEMPLATES, write_pages
from .settings import BoardSettings

ASSETS = TEMPLATES / "assets"


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def write_docs(board: Board, settings: BoardSettings, docs: Path) -> int:
    """Write the generated docs folder (pages, data files, assets); return how many files."""
    files = {**write_pages(board, settings), **write_exports(board, settings)}
    for path, content in sorted(files.items()):
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    shutil.copytree(ASSETS, docs / "assets", dirs_exist_ok=True)
    return len(files)


def build_site(board: Board, settings: BoardSettings, config: Path, site: Path) -> None:
    """Build the whole site into a temporary folder beside `site`, then swap it in."""
    site.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".matchboard-", dir=site.parent) as work:
        docs, out = Path(work) / "docs", Path(work) / "site"
        write_docs(board, settings, docs)
        mkdocs_build(config, docs, out, board.today)
        pagefind_index(out)
        _swap(out, site)


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


def mkdocs_build(config: Path, docs: Path, out: Path, today: dt.date) -> None:
    """Run `mkdocs build` with the board's mkdocs.yml on the generated docs folder."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands import build as mkdocs
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    with _build_date(today):
        try:
            cfg = load_config(config_file=str(config), docs_dir=str(docs), site_dir=str(out))
            mkdocs.build(cfg)
        except MkDocsException as err:
            raise BuildError(f"mkdocs build failed: {err}") from None


def pagefind_index(site: Path) -> None:
    """Index the built pages with Pagefind (the binary comes with the `pagefind[bin]` wheel)."""
    done = subprocess.run(  # noqa: S603 - our own interpreter and a folder we created
        [sys.executable, "-m", "pagefind", "--site", str(site), "--silent"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BuildError(f"pagefind failed: {done.stderr.strip() or done.stdout.strip()}")


def _swap(new: Path, site: Path) -> None:
    """Replace `site` by `new`: renames on one file system, so no one sees half a site."""
    old = site.with_name(site.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if site.exists():
        site.rename(old)
    new.rename(site)
    if old.exists():
        shutil.rmtree(old)
