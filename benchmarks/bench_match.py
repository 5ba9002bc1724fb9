"""Time the index build and matching on synthetic boards of 1,000 and 10,000 listings.

Run: .venv/bin/python -m benchmarks.bench_match [--runs 3]
Each run is a fresh process (benchmarks/stages.py): load, index, BM25F weights, matching.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.measure import OUT, board, machine, median, stage_json, timed


def main() -> None:
    """Print a Markdown table: median seconds per stage and the peak memory of the process."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print(f"machine: {machine()}; {args.runs} runs each, median")
    print("| listings | load (s) | index build (s) | BM25F weights (s) | matching (s) | weights + matching (s) "
          "| suggestions | peak memory (MiB) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        folder = board(size)
        runs = [timed([sys.executable, "-m", "benchmarks.stages", str(folder), str(OUT / f"build-{size}")])
                for _ in range(args.runs)]  # fmt: skip
        stages = [stage_json(r.output) for r in runs]
        load, index, weights, match = (median([s[k] for s in stages]) for k in ("load", "index", "weights", "match"))
        both = median([s["weights"] + s["match"] for s in stages])
        peak = median([r.peak_mib for r in runs])
        suggestions = int(stages[0]["matches"])
        print(f"| {size:,} | {load} | {index} | {weights} | {match} | {both} | {suggestions:,} | {peak} |")


if __name__ == "__main__":
    main()
