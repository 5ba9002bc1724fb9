"""Run a command and report its wall time and the peak memory of its whole process tree, sampled from /proc.

Run: .venv/bin/python -m benchmarks.tree_memory [--every 0.2] -- matchboard build ...
`/usr/bin/time -v` reports the largest single process (and children only once waited for); a build
runs forked mkdocs workers and Pagefind beside its own Python, so what a runner must hold is the sum
of their resident memory at one moment. This samples that sum (RSS of every descendant, from
/proc/<pid>/status) and prints one JSON line: seconds, peak_tree_mib, peak_single_mib, status.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def _tree(root: int) -> dict[int, int]:
    """Return the resident memory (KiB) of `root` and each of its descendants now."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text(encoding="utf-8")
        except OSError:  # the process ended meanwhile
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0"))
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    found = {root}
    grew = True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in found} - found
        grew = bool(more)
        found |= more
    return {pid: rss.get(pid, 0) for pid in found}


def main() -> None:
    """Run the command after `--`, sampling its process tree until it ends."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=float, default=0.2, help="seconds between samples")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    start = time.perf_counter()
    child = subprocess.Popen(command)
    peak_tree = peak_single = 0
    while child.poll() is None:
        sizes = _tree(child.pid)
        peak_tree = max(peak_tree, sum(sizes.values()))
        peak_single = max(peak_single, max(sizes.values(), default=0))
        time.sleep(args.every)
    result = {
        "seconds": round(time.perf_counter() - start, 1),
        "peak_tree_mib": round(peak_tree / 1024, 1),
        "peak_single_mib": round(peak_single / 1024, 1),
        "status": child.returncode,
    }
    print(json.dumps(result), file=sys.stderr)
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
