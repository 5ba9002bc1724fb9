"""Index + embeddings + matching at scale, cold (empty embedding cache) and warm (1 % of listings edited).

Each run is a fresh process (peak memory is the process's own). Targets (issue 12): 10,000 listings cold
within 15 minutes, warm within 60 s, peak memory within 2 GB.

Run: .venv/bin/python -m benchmarks.bench_meaning [--count 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.synth import main as synth

OUT = Path(__file__).resolve().parent / "out" / "meaning"
TODAY = "2026-11-26"


def run_once(listings: Path, build: Path) -> dict[str, float]:
    """Time load, index, embeddings and matching in this process; return seconds and peak memory."""
    import datetime as dt

    from generator import pipeline

    start = time.perf_counter()
    prepared = pipeline.prepare(listings, dt.date.fromisoformat(TODAY), Path("/nonexistent.yml"), build)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": round(seconds, 1), "peak_mb": round(peak_mb), "suggestions": len(prepared.board.matches)}


def edit_one_percent(listings: Path, seed: int = 3) -> int:
    """Change the summary of 1 % of the listing files, as a week of edits would."""
    files = sorted(listings.rglob("*.yaml"))
    chosen = random.Random(seed).sample(files, max(1, len(files) // 100))
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^summary: (>-\n  )?", lambda m: m.group(0) + "Updated offer. ", text, count=1),
                        encoding="utf-8")  # fmt: skip
    return len(chosen)


def main() -> None:
    """Build a synthetic board, then time a cold and a warm run, each in its own process."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--child", nargs=2, metavar=("LISTINGS", "BUILD"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(Path(args.child[0]), Path(args.child[1]))))
        return
    board, build = OUT / f"board-{args.count}", OUT / f"build-{args.count}"
    shutil.rmtree(OUT, ignore_errors=True)
    synth([str(board), "--count", str(args.count)])
    child = [sys.executable, "-m", "benchmarks.bench_meaning", "--child", str(board), str(build)]
    env = {"MATCHBOARD_EMBEDDINGS": "", "PATH": "/usr/bin:/bin"}
    cold = json.loads(subprocess.run(child, capture_output=True, text=True, check=True, env=env).stdout)
    edited = edit_one_percent(board)
    warm = json.loads(subprocess.run(child, capture_output=True, text=True, check=True, env=env).stdout)
    print(json.dumps({"listings": args.count, "edited": edited, "cold": cold, "warm": warm}))


if __name__ == "__main__":
    main()
