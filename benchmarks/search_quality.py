"""Search quality on the demo board: labelled queries run in Chromium on the built site's search pages.

The queries (benchmarks/search_queries.yaml) name a language and either the listings expected among the
results or `absent: true` (a word about nothing on the board: the page must list nothing). Reported:
the share of cross-language queries (one expected listing is written in another language) with such a
listing among the first 10 results, the recall of expected listings in the first 10, and whether every
absent word listed nothing.

Run: .venv/bin/python -m benchmarks.search_quality [--site BUILT_SITE] [--show]
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from playwright.sync_api import Page, expect, sync_playwright

from generator.check.load import load_listings
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, ROOT, build_demo_board, serve_folder

QUERIES = Path(__file__).resolve().parent / "search_queries.yaml"
FIRST = 10


@dataclass(frozen=True)
class Outcome:
    """One query as the search page answered it."""

    query: str
    language: str
    expected: tuple[str, ...]
    absent: bool
    found: tuple[str, ...]  # listing ids in #mb-results, in order
    status: str


def run_query(page: Page, url: str, query: str, language: str) -> tuple[tuple[str, ...], str]:
    """Open the search page of `language` with `query`; return the ids it lists and its status line."""
    prefix = "" if language == "en" else f"{language}/"
    page.goto(f"{url}{prefix}search/?q={query}", wait_until="load")
    status = page.locator("#mb-status")
    expect(status).not_to_have_text("")
    expect(status).not_to_have_text(page.locator("#mb-search").get_attribute("data-msg-searching") or "…")
    hrefs = [str(a.get_attribute("href")) for a in page.locator("#mb-results > li.mb-result > a").all()]
    return tuple(h.rstrip("/").rsplit("/", 1)[-1] for h in hrefs), status.inner_text()


def evaluate(site: Path, queries: list[dict[str, object]]) -> list[Outcome]:
    """Serve the built site and run every query in headless Chromium."""
    outcomes = []
    with serve_folder(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page()
        page.set_default_timeout(20_000)
        for q in queries:
            found, status = run_query(page, url, str(q["query"]), str(q["language"]))
            expected = tuple(str(x) for x in q.get("expected", []))  # type: ignore[attr-defined]
            outcomes.append(Outcome(str(q["query"]), str(q["language"]), expected, bool(q.get("absent")), found,
                                    status))  # fmt: skip
        browser.close()
    return outcomes


def report(outcomes: list[Outcome], language_of: dict[str, str], show: bool) -> str:
    """Return the figures as Markdown lines."""
    cross = [o for o in outcomes if any(language_of[x] != o.language for x in o.expected)]
    cross_ok = [o for o in cross if any(language_of[x] != o.language for x in o.found[:FIRST] if x in o.expected)]
    present = [o for o in outcomes if not o.absent]
    expected = sum(len(o.expected) for o in present)
    hits = sum(len(set(o.expected) & set(o.found[:FIRST])) for o in present)
    absent = [o for o in outcomes if o.absent]
    silent = [o for o in absent if not o.found]
    per_language = ", ".join(
        f"{c} {sum(o.language == c for o in outcomes)}" for c in sorted({o.language for o in outcomes})
    )
    lines = [
        f"- queries: {len(outcomes)} ({per_language})",
        f"- cross-language queries with a listing in another language among the first {FIRST}: "
        f"{len(cross_ok)}/{len(cross)} = {len(cross_ok) / max(len(cross), 1):.0%}",
        f"- expected listings among the first {FIRST}: {hits}/{expected} = {hits / max(expected, 1):.0%}",
        f"- absent words listing nothing in #mb-results: {len(silent)}/{len(absent)}",
    ]  # fmt: skip
    for o in outcomes:
        ok = (not o.found) if o.absent else set(o.expected) <= set(o.found[:FIRST])
        if show or not ok:
            lines.append(f"  - {'ok  ' if ok else 'MISS'} [{o.language}] {o.query!r}: {o.status} "
                         f"found {list(o.found[:FIRST])} expected {list(o.expected) or 'nothing'}")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    """Build the demo board (unless --site is given), run the labelled queries and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built demo board (default: build one)")
    parser.add_argument("--show", action="store_true", help="print every query, not only misses")
    args = parser.parse_args()
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    language_of = {x.id: x.language for x in load_listings(ROOT / "listings").listings}
    unknown = {x for q in queries for x in q.get("expected", []) if x not in language_of}
    if unknown:
        raise SystemExit(f"{QUERIES}: unknown listing ids {sorted(unknown)}")
    if args.site:
        print(report(evaluate(args.site, queries), language_of, args.show))
        return
    with tempfile.TemporaryDirectory() as tmp:
        build_demo_board(Path(tmp) / "site", Path(tmp) / "build")
        print(report(evaluate(Path(tmp) / "site", queries), language_of, args.show))


if __name__ == "__main__":
    main()
