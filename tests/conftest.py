"""Shared fixtures: paths of the repository and a way to run the real command line."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
# One cache of sentence embeddings for every board the tests build (they build the same listings into
# many temporary folders); commands run in-process and in subprocesses both read it from here.
os.environ.setdefault("MATCHBOARD_EMBEDDINGS", str(ROOT / "build" / "test-embeddings"))


@dataclass
class Run:
    """What a command printed and returned."""

    status: int
    out: str
    err: str


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def run_cli(*args: str, cwd: Path | None = None) -> Run:
    """Run `matchboard ARGS` in-process, as a user would from `cwd`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _cwd(cwd or Path.cwd()):
        try:
            status = main(list(args))
        except SystemExit as exit_:
            status = int(exit_.code or 0)
    return Run(status, out.getvalue(), err.getvalue())


@pytest.fixture
def cli() -> object:
    return run_cli
