"""Loader and validate command behaviour that single case files cannot show."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.check.load import load_listings
from tests.conftest import CASES, ROOT, run_cli

GOOD = CASES / "valid" / "full-listing.yaml"


def _board(tmp_path: Path, *names: str) -> Path:
    board = tmp_path / "listings"
    (board / "offers").mkdir(parents=True)
    for name in names:
        text = GOOD.read_text(encoding="utf-8").replace("id: full-listing", f"id: {name}")
        (board / "offers" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return board


def test_file_over_256_kib_is_rejected_unread(tmp_path: Path) -> None:
    board = _board(tmp_path, "big-one")
    path = board / "offers" / "big-one.yaml"
    path.write_text(path.read_text() + "# padding\n" * 30_000)
    result = run_cli("validate", cwd=tmp_path)
    assert result.out.splitlines()[0] == (
        "listings/offers/big-one.yaml:1:1: error: file is 293 KiB; a listing file may be at most 256 KiB"
    )
    assert result.status == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symbolic_link_is_reported_not_followed(tmp_path: Path) -> None:
    board = _board(tmp_path, "real-one")
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n")
    (board / "offers" / "linked.yaml").symlink_to(secret)
    result = run_cli("validate", cwd=tmp_path)
    assert result.out.splitlines() == [
        "listings/offers/linked.yaml:1:1: error: symbolic links are not read; put the listing file itself here",
        "2 files checked: 1 error in 1 file, 0 warnings; 1 listings valid",
    ]


def test_one_bad_file_never_hides_the_others(tmp_path: Path) -> None:
    board = _board(tmp_path, "first-one", "second-one", "third-one")
    (board / "offers" / "second-one.yaml").write_text("id: [\n")
    result = load_listings(board)
    assert [x.id for x in result.listings] == ["first-one", "third-one"]
    assert [p.path for p in result.problems] == [f"{board}/offers/second-one.yaml"]


def test_summary_when_all_valid(tmp_path: Path) -> None:
    _board(tmp_path, "first-one", "second-one")
    result = run_cli("validate", cwd=tmp_path)
    assert (result.status, result.out) == (0, "2 files checked: all 2 listings valid\n")


def test_missing_listings_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("validate", "--listings", "nowhere", cwd=tmp_path)
    assert result.status == 2
    assert result.err == "matchboard validate: error: 'nowhere' is not a folder\n"


def test_github_annotations_in_actions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    board = _board(tmp_path)
    shutil.copy(CASES / "invalid" / "expires-too-late.yaml", board / "offers")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run_cli("validate", cwd=tmp_path)
    assert result.out.splitlines()[:2] == [
        "listings/offers/expires-too-late.yaml:26:10: error: `expires` 2028-01-05 is 400 days after "
        "`published` 2026-12-01; the limit is 366",
        "::error file=listings/offers/expires-too-late.yaml,line=26,col=10::`expires` 2028-01-05 is 400 days "
        "after `published` 2026-12-01; the limit is 366",
    ]


def test_warnings_do_not_fail_validation(tmp_path: Path) -> None:
    board = _board(tmp_path)
    shutil.copy(CASES / "invalid" / "anonymous-with-email.yaml", board / "offers")
    result = run_cli("validate", cwd=tmp_path)
    assert result.status == 0
    assert result.out.splitlines()[-1] == "1 file checked: all 1 listings valid (1 warning)"


def test_command_runs_as_module_and_console_script(tmp_path: Path) -> None:
    _board(tmp_path, "first-one")
    for command in ([sys.executable, "-m", "generator"], [str(Path(sys.executable).with_name("matchboard"))]):
        done = subprocess.run(
            [*command, "validate"], cwd=tmp_path, capture_output=True, text=True, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert (done.returncode, done.stdout) == (0, "1 file checked: all 1 listings valid\n")


def test_tag_never_executes(tmp_path: Path) -> None:
    board = _board(tmp_path)
    marker = tmp_path / "pwned"
    (board / "offers" / "evil.yaml").write_text(f'id: !!python/object/apply:os.system ["touch {marker}"]\n')
    result = load_listings(board)
    assert not marker.exists()
    assert result.problems[0].message == (
        "YAML tag `!!python/object/apply:os.system` is not allowed; write plain values"
    )


def test_written_text_keeps_its_meaning(tmp_path: Path) -> None:
    board = tmp_path / "b"
    board.mkdir()
    for name in ("unquoted-numbers-stay-text", "country-no-stays-norway", "2026-01-01", "crlf-and-bom"):
        shutil.copy(CASES / "valid" / f"{name}.yaml", board)
    listings = {x.id: x for x in load_listings(board).listings}
    assert listings["unquoted-numbers-stay-text"].keywords == ("2030", "08", "0x1F", "1e3", "laser welding")
    assert listings["unquoted-numbers-stay-text"].organisation.name == "1234"
    assert listings["country-no-stays-norway"].organisation.country == "NO"
    assert listings["country-no-stays-norway"].organisation.anonymous is True
    assert listings["2026-01-01"].id == "2026-01-01"
    assert listings["crlf-and-bom"].description == listings["2026-01-01"].description
    assert "\r" not in listings["crlf-and-bom"].description


@pytest.mark.parametrize("text", ["id: " + "[" * 200_000, "- " * 100_000 + "x", "id: " + "{a: " * 50_000])
def test_deep_nesting_is_an_error_not_a_crash(text: str, tmp_path: Path) -> None:
    board = _board(tmp_path)
    (board / "offers" / "deep.yaml").write_text(text + "\n")
    result = load_listings(board)
    assert result.problems[0].message in (
        "the YAML is nested too deeply to be a listing",
        "the YAML expands to far more values than a listing holds (aliases?)",
    )


def test_an_empty_board_kept_by_gitkeep_is_valid(tmp_path: Path) -> None:
    (tmp_path / "listings").mkdir()
    (tmp_path / "listings" / ".gitkeep").write_text("")
    result = run_cli("validate", cwd=tmp_path)
    assert (result.status, result.out) == (0, "0 files checked: all 0 listings valid\n")
