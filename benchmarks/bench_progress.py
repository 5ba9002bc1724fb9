"""Time `matchboard build` with no progress (--quiet), with stage lines (a log) and with the live display (a pty).

Run: .venv/bin/python -m benchmarks.bench_progress [--runs 3] [--size 2000] [--languages en]
Each run is a fresh `python -m generator build` process on the same synthetic board, the three ways
taken in turn in every round, in a rotated order (so drift on the machine, and whatever one build
leaves to the next, spreads over all three); the Whoosh index is built once before the rounds and
reused, as it is between real builds. Medians of the wall times and of the CPU time of each build's
process tree.
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import resource
import statistics
import subprocess
import sys
import threading
import time

from benchmarks.measure import OUT, ROOT, board, machine

MODES = ("quiet", "lines", "terminal")


def config(languages: str) -> str:
    """Write the demo board's mkdocs.yml offering only `languages`; return its path."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("custom_dir: site_templates/overrides", f"custom_dir: {ROOT / 'site_templates/overrides'}")
    text = re.sub(r"languages: \[.*\]", f"languages: [{languages}]", text)
    path = OUT / f"mkdocs-{languages.replace(',', '-')}.yml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def build(command: list[str], mode: str) -> tuple[float, float]:
    """Run one build the given way; return its wall time and the CPU time of its whole process tree."""
    cpu = _children_cpu()
    start = time.perf_counter()
    _run(command, mode)
    return time.perf_counter() - start, _children_cpu() - cpu


def _children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process, grandchildren included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str], mode: str) -> None:
    if mode != "terminal":
        subprocess.run([*command, *(["--quiet"] if mode == "quiet" else [])], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        return
    master, slave = pty.openpty()
    reader = threading.Thread(target=_drain, args=(master,))
    reader.start()
    try:
        subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=slave, stdin=slave,
                       env={**os.environ, "TERM": "xterm"})  # fmt: skip
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)


def _drain(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 65536):
                return
        except OSError:
            return


def main() -> None:
    """Print a Markdown table: median wall time per way, and its difference to --quiet."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--languages", default="en")
    args = parser.parse_args()
    work = OUT / f"progress-{args.size}"
    work.mkdir(parents=True, exist_ok=True)  # the build refuses a site whose parent is missing
    command = [sys.executable, "-m", "generator", "build", "--listings", str(board(args.size)), "--site",
               str(work / "site"), "--build", str(work / "build"), "--today", "2026-11-26",
               "--config", config(args.languages)]  # fmt: skip
    build(command, "quiet")  # the index, once
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    cpu: dict[str, list[float]] = {mode: [] for mode in MODES}
    for round_ in range(args.runs):
        for mode in MODES[round_ % 3 :] + MODES[: round_ % 3]:  # each way first in some round: no order bias
            wall, used = build(command, mode)
            times[mode].append(wall)
            cpu[mode].append(used)
    print(f"machine: {machine()}; {args.size:,} listings, languages {args.languages}; {args.runs} runs, median")
    print("\n| progress | build (s) | runs: wall (CPU) s | vs --quiet | CPU, process tree (s) | CPU vs --quiet |")
    print("|---|---|---|---|---|---|")
    base, base_cpu = statistics.median(times["quiet"]), statistics.median(cpu["quiet"])
    for mode in MODES:
        middle, used = statistics.median(times[mode]), statistics.median(cpu[mode])
        runs = ", ".join(f"{t:.1f} ({c:.0f})" for t, c in zip(times[mode], cpu[mode], strict=True))
        print(f"| {mode} | {middle:.2f} | {runs} | {100 * (middle - base) / base:+.1f} % | {used:.1f} | "
              f"{100 * (used - base_cpu) / base_cpu:+.1f} % |")  # fmt: skip


if __name__ == "__main__":
    main()
