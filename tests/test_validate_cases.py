"""The validator against folders of good and bad listing files, with the exact lines expected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, run_cli

VALID = sorted((CASES / "valid").glob("*.yaml"))
INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.suffix != ".expected")


def _board(case: Path, tmp_path: Path) -> Path:
    """Copy a case (one file, or a folder that is a whole board) into an empty listings folder."""
    board = tmp_path / "board"
    if case.is_dir():
        shutil.copytree(case, board)
    else:
        board.mkdir()
        shutil.copy(case, board / case.name)
    return board


@pytest.mark.parametrize("case", VALID, ids=[p.stem for p in VALID])
def test_valid_listing_has_no_problem(case: Path, tmp_path: Path) -> None:
    result = run_cli("validate", "--listings", ".", cwd=_board(case, tmp_path))
    assert result.out == "1 file checked: all 1 listings valid\n"
    assert result.status == 0


@pytest.mark.parametrize("case", INVALID, ids=[p.stem if p.is_file() else p.name for p in INVALID])
def test_invalid_listing_gets_exact_messages(case: Path, tmp_path: Path) -> None:
    expected = case.with_name(case.stem + ".expected" if case.is_file() else case.name + ".expected")
    result = run_cli("validate", "--listings", ".", cwd=_board(case, tmp_path))
    *lines, summary = result.out.splitlines()
    assert lines == expected.read_text(encoding="utf-8").splitlines()
    has_errors = any(": error: " in line for line in lines)
    assert result.status == (1 if has_errors else 0)
    assert summary.startswith(f"{'2' if case.name == 'duplicate-ids' else ''}")


def test_every_invalid_case_has_its_expected_file() -> None:
    for case in INVALID:
        name = case.stem if case.is_file() else case.name
        assert (CASES / "invalid" / f"{name}.expected").is_file(), name
