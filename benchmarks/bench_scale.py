"""Time `pipeline.prepare` (load, index, meaning, matching) on synthetic boards at network scale, warm cache.

Run: .venv/bin/python -m benchmarks.bench_scale --sizes 10000 20000 50000 [--stand-in]
Each size runs in a fresh process (wall time and peak memory from the kernel), with a fresh build folder
(the index is built) and the embedding cache already holding every listing's vector (MATCHBOARD_EMBEDDINGS):
what a CI build costs when the cache is kept. Encoding 10,000 listings cold takes about 25 minutes on
2 cores, so `--stand-in` fills the vectors the cache lacks with pseudo-random unit vectors, one per text,
fixed by its key: matching then costs what it costs with real vectors (same count, same dimensions), but
its suggestions are not real ones. Without `--stand-in`, missing vectors are encoded (cold) first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.measure import OUT, board, machine, timed
from generator.check.load import load_listings
from generator.match import embeddings

TODAY = dt.date(2026, 11, 26)


def _fill(folder: Path, cache: Path, stand_in: bool) -> tuple[int, int]:
    """Make the cache hold a vector for every listing of the board; return (cached before, filled)."""
    listings = load_listings(folder).listings

    def pseudo(texts: list[str], query: bool) -> embeddings.Vectors:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(f"{query}\n{text}".encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(embeddings.DIMENSIONS).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.vstack(rows)

    before = len(embeddings._read_cache(cache))
    embeddings.vectors_of(listings, cache, pseudo if stand_in else embeddings.encode)
    return before, len(embeddings._read_cache(cache)) - before


def child(folder: Path, build: Path) -> None:
    """Run pipeline.prepare once and print its seconds and suggestions as JSON."""
    from generator import pipeline

    shutil.rmtree(build, ignore_errors=True)
    start = time.perf_counter()
    prepared = pipeline.prepare(folder, TODAY, Path("mkdocs.yml"), build)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": round(seconds, 1), "suggestions": len(prepared.board.matches)}))


def main() -> None:
    """Print a Markdown table: seconds and peak memory of pipeline.prepare per size."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 20000])
    parser.add_argument("--stand-in", action="store_true")
    parser.add_argument("--child", nargs=2, type=Path, metavar=("LISTINGS", "BUILD"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"machine: {machine()}; one run each; cache {'with stand-in vectors' if args.stand_in else 'encoded'}")
    print("| listings | vectors cached before / filled | prepare (s) | suggestions | peak memory (MiB) |")
    print("|---|---|---|---|---|")
    for size in args.sizes:
        folder = board(size)
        cache = OUT / f"scale-embeddings-{size}"  # one per size: a shared one would load every size's vectors
        os.environ[embeddings.SHARED_CACHE] = str(cache)
        before, filled = _fill(folder, cache, args.stand_in)
        run = timed([sys.executable, "-m", "benchmarks.bench_scale", "--child", str(folder),
                     str(OUT / f"scale-build-{size}")])  # fmt: skip
        result = json.loads(run.output.strip().splitlines()[-1])
        print(f"| {size:,} | {before:,} / {filled:,} | {result['seconds']} | {result['suggestions']:,} "
              f"| {run.peak_mib:,.0f} |", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
