"""The visitors' search: one Pagefind bundle per language tree, put in a fixed order so builds repeat."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from generator.core import parallel
from generator.core.progress import SILENT, Progress
from generator.render import stable_search


class SearchBundleError(Exception):
    """Pagefind failed, or wrote a bundle this board cannot put in order; the message says which tree."""


def index_trees(trees: dict[str, Path], progress: Progress = SILENT) -> None:
    """Index each language's tree with Pagefind into its own `pagefind/` bundle, one tree after the other.

    One run over all trees held every language's pages in memory at once (7.5 GB at 10,000 listings in
    five languages); one run per tree needs what one language needs. The binary comes with `pagefind[bin]`.
    """
    with progress.stage("Pagefind", len(trees), "languages") as advance:
        for code, tree in trees.items():
            began = time.perf_counter()
            _index_tree(tree)
            progress.part(f"Pagefind ({code})", time.perf_counter() - began)
            advance()


def _index_tree(tree: Path) -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and a folder we created
        [sys.executable, "-m", "pagefind", "--site", str(tree), "--silent"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=parallel.die_with_parent,  # one prctl call, looked up before the fork: no orphan on SIGKILL
    )
    if done.returncode != 0:
        raise SearchBundleError(f"pagefind failed on {tree.name}: {done.stderr.strip() or done.stdout.strip()}")
    try:
        stable_search.stabilise(tree / "pagefind")  # byte-identical builds: Pagefind orders filters at random
    except stable_search.BundleError as err:
        raise SearchBundleError(f"cannot put Pagefind's bundle in order: {err}") from None
