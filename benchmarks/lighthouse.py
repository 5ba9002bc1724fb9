"""Lighthouse (mobile emulation) on the demo board's home, a listing, search and Submit, in two languages or more.

Run: nice -n 10 .venv/bin/python -m benchmarks.lighthouse [--runs 3] [--languages en fr] [--server gzip plain]
     [--site [LABEL=]DIR ...]  (built sites, e.g. before=/tmp/a after=/tmp/b: each page is measured on one, then
     the next, so that a before and an after share the machine's load; default: the demo board, built into
     benchmarks/out/lighthouse/)
Lighthouse 12.2.3 comes from npm, pinned by benchmarks/lighthouse/package-lock.json (`npm ci` there when
node_modules is missing; 13.x wants Node 22). It drives Debian's Chromium (CHROME_PATH, default /usr/bin/chromium)
and never downloads a browser. Default settings: mobile form factor, simulated slow 4G and 4x CPU slowdown.
The site is served on 127.0.0.1 by benchmarks/bench_site.serve, which gzips as static hosts (GitHub Pages,
Cloudflare Pages) do; `--server plain` serves the files as they are, as `python -m http.server` does.
Each page runs `--runs` times; the table gives the median of each category and metric.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

from benchmarks.bench_site import serve
from benchmarks.measure import OUT, ROOT, machine

PACKAGE = ROOT / "benchmarks" / "lighthouse"
LIGHTHOUSE = PACKAGE / "node_modules" / ".bin" / "lighthouse"
TODAY = "2026-11-26"
PAGES = {
    "home": "",
    "listing": "listings/pelton-laufrad-sanierung-sedimentabrasion/",
    "search": "search/",
    "submit": "submit/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {  # audit id -> column, in the audit's own unit (ms, or bytes for the weight)
    "first-contentful-paint": "FCP ms",
    "largest-contentful-paint": "LCP ms",
    "total-blocking-time": "TBT ms",
    "speed-index": "SI ms",
    "total-byte-weight": "KB",
}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"


def install() -> None:
    """Install the locked Lighthouse from the npm registry once."""
    if LIGHTHOUSE.exists():
        return
    if shutil.which("npm") is None:
        sys.exit("benchmarks/lighthouse.py needs Node 18 or later and npm (on Debian: apt-get install nodejs npm)")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PACKAGE, check=True)


def build(site: Path) -> None:
    """Build the demo board into `site` with the real command line."""
    command = [sys.executable, "-m", "generator", "build", "--listings", "listings", "--site", str(site),
               "--build", str(site.parent / "build"), "--today", TODAY, "--config", "mkdocs.yml"]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


@contextmanager
def serve_plain(root: Path) -> Iterator[str]:
    """Serve the files as they are (no compression, no cache header), as `python -m http.server` does."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def sites(given: list[str] | None) -> dict[str, Path]:
    """The sites to measure by label: those given as [LABEL=]DIR, else the demo board built now."""
    if given:
        pairs = [item.split("=", 1) if "=" in item else [item, item] for item in given]
        return {label: Path(folder) for label, folder in pairs}
    site = OUT / "lighthouse" / "site"
    shutil.rmtree(site.parent, ignore_errors=True)
    site.parent.mkdir(parents=True)  # the build writes beside the site, into a folder that must exist
    build(site)
    return {"demo": site}


@contextmanager
def served(site: Path, kind: str) -> Iterator[str]:
    """The site's address, served the way `kind` says."""
    if kind == "plain":
        with serve_plain(site) as address:
            yield address
    else:
        with serve(site) as (address, _):
            yield address


def lighthouse(url: str) -> dict[str, float]:
    """Run Lighthouse once; return the four category scores (0-100) and the metrics of METRICS."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                   f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]  # fmt: skip
        env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = json.loads(report.read_text(encoding="utf-8"))
    figures = {name: round(100 * data["categories"][name]["score"]) for name in CATEGORIES}
    figures.update({column: data["audits"][audit]["numericValue"] for audit, column in METRICS.items()})
    figures["KB"] /= 1000
    return figures


def medians(runs: list[dict[str, float]]) -> dict[str, float]:
    """The median of every figure over the runs."""
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def row(label: str, figures: dict[str, float], each: list[dict[str, float]]) -> str:
    """One Markdown row: medians, then every run's performance score."""
    cells = [f"{figures[name]:.0f}" for name in CATEGORIES] + [f"{figures[column]:.0f}" for column in METRICS.values()]
    performance = "/".join(f"{run['performance']:.0f}" for run in each)
    return f"| {label} | " + " | ".join(cells) + f" | {performance} |"


def main() -> None:
    """Print one Markdown table per way of serving: medians of every page in every language asked for."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--languages", nargs="+", default=["en", "fr"], help="language trees (en is the root)")
    parser.add_argument("--server", nargs="+", default=["gzip"], choices=["gzip", "plain"])
    parser.add_argument("--site", nargs="+", help="built sites as [LABEL=]DIR (default: build the demo board)")
    args = parser.parse_args()
    install()
    boards = sites(args.site)
    print(f"machine: {machine()}; load average before: {os.getloadavg()[0]:.1f}; Lighthouse 12.2.3, mobile;")
    print(f"{args.runs} runs per page, medians; performance of each run in the last column")
    header = " | ".join([*CATEGORIES, *METRICS.values()])
    for kind in args.server:
        print(f"\nserver: {kind}\n\n| page | {header} | performance runs |\n|---|" + "---|" * (len(METRICS) + 5))
        with contextlib.ExitStack() as stack:
            addresses = {label: stack.enter_context(served(site, kind)) for label, site in boards.items()}
            for language in args.languages:
                prefix = "" if language == "en" else f"{language}/"
                for name, path in PAGES.items():
                    for label, address in addresses.items():
                        each = [lighthouse(f"{address}/{prefix}{path}") for _ in range(args.runs)]
                        shown = f"{label} " if len(boards) > 1 else ""
                        print(row(f"{shown}{language} {name}", medians(each), each), flush=True)
    print(f"\nload average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
