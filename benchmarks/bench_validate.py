"""Time `matchboard validate` on synthetic boards of 1,000 and 10,000 listings.

Run: .venv/bin/python -m benchmarks.bench_validate [--runs 5]
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.measure import board, machine, median, timed


def main() -> None:
    """Print a Markdown table row per board size: median seconds and peak memory."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    print(f"machine: {machine()}; {args.runs} runs each, median")
    print("| listings | validate (s) | peak memory (MiB) | summary |")
    print("|---|---|---|---|")
    for size in args.sizes:
        folder = board(size)
        runs = [timed([sys.executable, "-m", "generator", "validate", "--listings", str(folder)])
                for _ in range(args.runs)]  # fmt: skip
        summary = runs[0].output.strip().splitlines()[-1]
        seconds = median([r.seconds for r in runs])
        memory = median([r.peak_mib for r in runs])
        print(f"| {size:,} | {seconds} | {memory} | {summary} |")


if __name__ == "__main__":
    main()
