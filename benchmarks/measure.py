"""Helpers shared by the benchmark scripts: synthetic boards, timed child processes, medians."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


@dataclass(frozen=True)
class Run:
    """One timed child process: wall seconds, peak resident memory, what it printed."""

    seconds: float
    peak_mib: float
    output: str


def board(count: int, seed: int = 1) -> Path:
    """Return a folder holding a synthetic board of `count` listings, made once and kept."""
    folder = OUT / f"board-{count}-{seed}"
    marker = OUT / f"board-{count}-{seed}.complete"  # beside the board: inside, it would be a stray file
    if not marker.exists():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "synth.py"), str(folder), "--count", str(count),
             "--seed", str(seed)],
            check=True,
        )  # fmt: skip
        marker.write_text("")
    return folder


def timed(command: list[str], cwd: Path = ROOT) -> Run:
    """Run a command; return its wall time and peak memory (from the kernel's rusage)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise RuntimeError(f"{command} failed:\n{output}")
    return Run(seconds, usage.ru_maxrss / 1024, output)


def median(values: list[float]) -> float:
    """Return the median, rounded for the results table."""
    return round(statistics.median(values), 2)


def machine() -> str:
    """Describe the machine the figures come from."""
    return f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, {platform.system()}"


def stage_json(output: str) -> dict[str, float]:
    """Return the JSON object a stage script printed on its last line."""
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result
