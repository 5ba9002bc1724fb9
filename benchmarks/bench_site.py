"""Time the static-site build and weigh its pages on synthetic boards of 1,000 and 10,000 listings.

Run: .venv/bin/python -m benchmarks.bench_site [--runs 3] [--sizes 1000 10000] [--word sensor]
Each run is a fresh process (benchmarks/site_stages.py): load, index + match, pages (write_docs),
mkdocs build, Pagefind. The built site of the last run stays in benchmarks/out/site-N/site/.
Page weights come from that site served by a local server that gzips (level 9) every response
gzip makes smaller (Pagefind's own files are already compressed and go out as they are), loaded
in headless Chromium with an empty cache; the bytes are the response bodies the server sent.
KB = 1,000 bytes.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import mimetypes
import statistics
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.measure import OUT, board, machine, median, stage_json, timed

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
STAGES = ("load", "match", "pages", "mkdocs", "pagefind")


@dataclass
class Served:
    """What the local server sent: (path, body bytes) per request, in order."""

    sent: list[tuple[str, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def mark(self) -> int:
        with self.lock:
            return len(self.sent)

    def since(self, mark: int) -> list[tuple[str, int]]:
        with self.lock:
            return list(self.sent[mark:])


def _handler(root: Path, served: Served) -> type[http.server.BaseHTTPRequestHandler]:
    class Gzipping(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
            target = (root / path.lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if root not in target.parents or not target.is_file():
                body, status, kind, encoded = b"not found", 404, "text/plain", False
            else:
                body, status = target.read_bytes(), 200
                kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                encoded = False
                if "gzip" in self.headers.get("Accept-Encoding", ""):
                    packed = gzip.compress(body, 9, mtime=0)
                    if len(packed) < len(body):
                        body, encoded = packed, True
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")  # as static hosts do: no second favicon fetch
            if encoded:
                self.send_header("Content-Encoding", "gzip")
            self.end_headers()
            self.wfile.write(body)
            with served.lock:
                served.sent.append((path, len(body)))

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Gzipping


@contextmanager
def serve(root: Path) -> Iterator[tuple[str, Served]]:
    """Serve a built site on a free local port; yield its address and the record of what it sent."""
    served = Served()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(root.resolve(), served))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()


def _quiet(served: Served, seconds: float = 1.0, limit: float = 30.0) -> None:
    """Wait until the server has sent nothing for `seconds`."""
    end = time.monotonic() + limit
    count, since = served.mark(), time.monotonic()
    while time.monotonic() < end:
        time.sleep(0.1)
        now = served.mark()
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= seconds:
            return


@dataclass(frozen=True)
class Weights:
    """Bytes sent for the home page, the search page, and the first search on it."""

    home: list[tuple[str, int]]
    search_page: list[tuple[str, int]]
    first_search: list[tuple[str, int]]
    results: str


def weigh(site: Path, word: str) -> Weights:
    """Load the home page, then the search page and one search, each in a fresh browser context."""
    from playwright.sync_api import sync_playwright

    with serve(site) as (address, served), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context()
            page = context.new_page()
            mark = served.mark()
            page.goto(address + "/", wait_until="networkidle")
            _quiet(served)
            home = served.since(mark)
            context.close()

            context = browser.new_context()
            page = context.new_page()
            mark = served.mark()
            page.goto(address + "/search/", wait_until="networkidle")
            _quiet(served)
            search_page = served.since(mark)
            mark = served.mark()
            page.locator("#mb-q").press_sequentially(word, delay=50)
            page.wait_for_function("document.getElementById('mb-status').textContent.includes('found')")
            _quiet(served)
            first = served.since(mark)
            results = page.locator("#mb-status").text_content() or ""
            context.close()
        finally:
            browser.close()
    return Weights(home, search_page, first, results.strip())


def kb(value: float) -> float:
    return round(value / 1000, 1)


def total(sent: list[tuple[str, int]]) -> int:
    return sum(n for _, n in sent)


def site_figures(site: Path) -> dict[str, float]:
    """Count HTML pages and bytes; the largest and median listing page."""
    files = [f for f in site.rglob("*") if f.is_file()]
    # Every language's tree: the same listing is longer in some languages than in others.
    listing_pages = [f.stat().st_size for f in site.glob("listings/*/index.html")] + [
        f.stat().st_size for f in site.glob("*/listings/*/index.html")
    ]
    return {
        "html": sum(1 for f in files if f.suffix == ".html"),
        "files": len(files),
        "bytes": sum(f.stat().st_size for f in files),
        "listing_max": max(listing_pages),
        "listing_median": statistics.median(listing_pages),
        "listings": len(listing_pages),
    }


def _pagefind(sent: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return [x for x in sent if x[0].startswith("/pagefind/")]


def _biggest(sent: list[tuple[str, int]], n: int = 4) -> str:
    return ", ".join(f"{path} {kb(size)}" for path, size in sorted(sent, key=lambda x: -x[1])[:n])


def main() -> None:
    """Print two Markdown tables (build times; pages and weights) and the biggest requests."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--word", default="sensor", help="the word typed into the search page")
    parser.add_argument("--languages", help="languages offered, e.g. en or en,fr,de,it,sl (default: mkdocs.yml's)")
    args = parser.parse_args()
    languages = ["--languages", args.languages] if args.languages else []
    print(f"machine: {machine()}; {args.runs} runs each, median; languages: {args.languages or 'as in mkdocs.yml'}")
    times, weights = [], []
    for size in args.sizes:
        folder, work = board(size), OUT / f"site-{size}"
        runs = [timed([sys.executable, "-m", "benchmarks.site_stages", str(folder), str(work), *languages])
                for _ in range(args.runs)]  # fmt: skip
        stages = [stage_json(r.output) for r in runs]
        row = {k: median([s[k] for s in stages]) for k in STAGES}
        row["before"] = median([s["load"] + s["match"] + s["pages"] for s in stages])
        row["ratio"] = median([(s["load"] + s["match"] + s["pages"]) / s["mkdocs"] for s in stages])
        row["total"] = median([sum(s[k] for k in STAGES) for s in stages])
        row["wall"] = median([r.seconds for r in runs])
        row["peak"] = median([r.peak_mib for r in runs])
        row["peak_python"] = median([s["peak_python_mib"] for s in stages])
        times.append((size, row, [round(sum(s[k] for k in STAGES), 1) for s in stages]))
        weights.append((size, site_figures(work / "site"), weigh(work / "site", args.word)))

    print("\n| listings | load (s) | index + match (s) | pages (s) | mkdocs build (s) | Pagefind (s) | total (s) "
          "| load + index + match + pages / mkdocs | peak memory (MiB) | of which Python (MiB) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size, r, _ in times:
        print(f"| {size:,} | {r['load']} | {r['match']} | {r['pages']} | {r['mkdocs']} | {r['pagefind']} "
              f"| {r['total']} | {r['ratio']} | {r['peak']} | {r['peak_python']} |")  # fmt: skip
    print("\n| listings | HTML pages | site size (MB) | largest listing page (KB) | median listing page (KB) "
          "| home page with assets, gzip (KB) | search page load (KB) | first search (KB) "
          "| Pagefind, load + first search (KB) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for size, f, w in weights:
        print(f"| {size:,} | {f['html']:,} | {round(f['bytes'] / 1e6, 1)} | {kb(f['listing_max'])} "
              f"| {kb(f['listing_median'])} | {kb(total(w.home))} ({len(w.home)} requests) "
              f"| {kb(total(w.search_page))} ({len(w.search_page)} requests) "
              f"| {kb(total(w.first_search))} ({len(w.first_search)} requests) "
              f"| {kb(total(_pagefind(w.search_page + w.first_search)))} |")  # fmt: skip
    print()
    for size, r, totals in times:
        print(f"{size:,}: stage totals per run {totals} s; wall per run (process) {r['wall']} s")
    for size, _, w in weights:
        print(f"{size:,}: home biggest (KB): {_biggest(w.home)}")
        print(f"{size:,}: search page biggest (KB): {_biggest(w.search_page)}")
        print(f"{size:,}: first search '{args.word}' ({w.results}) biggest (KB): {_biggest(w.first_search)}")


if __name__ == "__main__":
    main()
