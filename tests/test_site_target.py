"""The folder `--site` names: replaced only when a build wrote it, one build at a time, nothing left when stopped."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

BOARD = ROOT / "tests" / "boards" / "golden"
CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"
TODAY = "2026-11-26"


def _args(tmp_path: Path, site: Path) -> list[str]:
    return ["build", "--listings", str(BOARD), "--site", str(site), "--build", str(tmp_path / "build"),
            "--today", TODAY, "--config", str(CONFIG)]  # fmt: skip


def _start(tmp_path: Path, site: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *_args(tmp_path, site)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def _wait_for_work(tmp_path: Path) -> None:
    """Wait until a build has started writing (its temporary folder exists)."""
    deadline = time.monotonic() + 60
    while not any(tmp_path.glob(".matchboard-site-*/docs")):
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.05)


def _leftovers(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".matchboard-") or p.name.endswith(".old"))


def test_a_folder_the_build_did_not_write_is_never_replaced(tmp_path: Path) -> None:
    listings = tmp_path / "listings"
    listings.mkdir()
    (listings / "mine.yaml").write_text("id: mine\n", encoding="utf-8")
    result = run_cli(*_args(tmp_path, listings))
    assert result.status == 1
    assert result.err == (
        f"matchboard build: error: --site {listings} is a folder matchboard did not write (it has no "
        ".matchboard-site file); a build replaces only a site it wrote or an empty folder: choose another --site\n"
    )
    assert (listings / "mine.yaml").read_text(encoding="utf-8") == "id: mine\n"


def test_a_file_is_never_replaced(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.write_text("keep me\n", encoding="utf-8")
    result = run_cli(*_args(tmp_path, notes))
    assert result.status == 1
    assert (
        result.err == f"matchboard build: error: --site {notes} is a file, not a folder; choose a folder for the site\n"
    )
    assert notes.read_text(encoding="utf-8") == "keep me\n"


def test_an_empty_folder_then_its_own_site_are_replaced(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    assert run_cli(*_args(tmp_path, site)).status == 0
    assert (site / ".matchboard-site").is_file()
    assert run_cli(*_args(tmp_path, site)).status == 0
    assert _leftovers(tmp_path) == []


def test_a_second_build_to_the_same_site_stops_with_a_message(tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = _start(tmp_path, site)
    _wait_for_work(tmp_path)
    second = run_cli(*_args(tmp_path, site))
    first.communicate(timeout=120)
    assert first.returncode == 0
    assert second.status == 1
    # The stages before the lock print their lines; the refusal is the last line.
    assert second.err.splitlines()[-1].startswith(f"matchboard build: error: another build is writing {site} now")
    assert (site / "index.html").is_file()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_build_removes_its_temporary_folder(stop: signal.Signals, tmp_path: Path) -> None:
    build = _start(tmp_path, tmp_path / "site")
    _wait_for_work(tmp_path)
    build.send_signal(stop)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 1
    assert f"stopped by {stop.name}; the previous site is unchanged" in err
    assert _leftovers(tmp_path) == []


def test_the_build_after_a_killed_one_clears_what_it_left(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_cli(*_args(tmp_path, site)).status == 0
    build = _start(tmp_path, site)
    _wait_for_work(tmp_path)
    build.kill()  # SIGKILL to the command only: its workers follow it (they ask to die with their parent)
    build.communicate(timeout=60)
    assert _leftovers(tmp_path) != []
    assert (site / "index.html").is_file()  # the previous site stays in place
    assert run_cli(*_args(tmp_path, site)).status == 0
    assert _leftovers(tmp_path) == []


def test_a_build_killed_between_the_renames_gets_its_site_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_cli(*_args(tmp_path, site)).status == 0
    site.rename(tmp_path / "site.old")  # what a kill between `site -> site.old` and `new -> site` leaves
    assert run_cli(*_args(tmp_path, site)).status == 0
    assert (site / "index.html").is_file()
    assert _leftovers(tmp_path) == []
