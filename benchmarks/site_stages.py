"""Run the site build's stages once on a board and print their durations as JSON (used by bench_site).

Run: .venv/bin/python -m benchmarks.site_stages LISTINGS_DIR WORK_DIR [--config mkdocs.yml]
WORK_DIR is emptied first, then holds build/ (the Whoosh index), docs/ (generated pages) and
site/ (the built site, kept for the page-weight measurements). The stages are those of
`matchboard build` (generator.cli.board.run_build -> generator.pipeline.build), timed one by one:
load, index + match (compute_board, index always rebuilt), pages (write_docs), mkdocs build, Pagefind.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import resource
import shutil
import time
from pathlib import Path

from benchmarks.measure import ROOT
from generator.check.load import load_listings
from generator.core.settings import board_settings
from generator.match.board import compute_board
from generator.render import search_bundle, site

TODAY = dt.date(2026, 11, 26)


def main() -> None:
    """Time load, compute_board, write_docs, mkdocs build and Pagefind."""
    parser = argparse.ArgumentParser()
    parser.add_argument("listings", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    parser.add_argument("--languages", help="languages offered, e.g. en or en,fr,de,it,sl (default: the config's)")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    build, docs, out = args.work / "build", args.work / "docs", args.work / "site"
    settings = board_settings(args.config)
    if args.languages:
        offered = tuple(args.languages.split(","))
        settings = dataclasses.replace(settings, language=offered[0], languages=offered)
    times: dict[str, float] = {}

    start = time.perf_counter()
    loaded = load_listings(args.listings)
    times["load"] = time.perf_counter() - start
    if not loaded.ok:
        raise SystemExit(f"{args.listings}: the board has errors")

    start = time.perf_counter()
    board = compute_board(loaded, TODAY, settings.matching, build)
    times["match"] = time.perf_counter() - start

    start = time.perf_counter()
    files = site.write_docs(board, settings, docs)
    times["pages"] = time.perf_counter() - start

    start = time.perf_counter()
    trees = site.build_trees(args.config, settings, docs, out, TODAY)  # one mkdocs build per language, on both cores
    times["mkdocs"] = time.perf_counter() - start
    peak_python = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before Pagefind's child

    start = time.perf_counter()
    search_bundle.index_trees(trees)  # one bundle per language tree
    site.nest_trees(trees, settings, out)
    times["pagefind"] = time.perf_counter() - start

    times["docs_files"] = files
    times["matches"] = len(board.matches)
    times["active"] = len(board.active())
    times["peak_python_mib"] = peak_python
    times["languages"] = len(settings.languages)
    # The largest child: an mkdocs build of one language (forked) or Pagefind.
    times["peak_pagefind_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(times))


if __name__ == "__main__":
    main()
