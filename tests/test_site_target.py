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


# An MkDocs hook that holds each language's build until the test says go: the golden board builds in
# about a second, so a signal or a second build timed from outside could arrive after it has finished.
HOLD = """
import time
from pathlib import Path

def on_pre_build(config):
    Path({held!r}).touch()
    deadline = time.monotonic() + 120
    while not Path({release!r}).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
"""


def _args(tmp_path: Path, site: Path, config: Path = CONFIG) -> list[str]:
    return ["build", "--listings", str(BOARD), "--site", str(site), "--build", str(tmp_path / "build"),
            "--today", TODAY, "--config", str(config)]  # fmt: skip


def _held_config(tmp_path: Path) -> Path:
    """The golden board's settings with the holding hook, written beside the test's folders."""
    hook = tmp_path / "hold.py"
    hook.write_text(HOLD.format(held=str(tmp_path / "held"), release=str(tmp_path / "release")), encoding="utf-8")
    text = CONFIG.read_text(encoding="utf-8").replace(
        "custom_dir: ../../site_templates/overrides", f"custom_dir: {ROOT / 'site_templates' / 'overrides'}"
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"{text}\nhooks: [{hook}]\n", encoding="utf-8")
    return config


def _start(tmp_path: Path, site: Path) -> subprocess.Popen[str]:
    """Start a build that stops inside its first MkDocs run until `_release`."""
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *_args(tmp_path, site, _held_config(tmp_path))],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def _wait_for_work(tmp_path: Path) -> None:
    """Wait until a started build is held inside MkDocs, its temporary folder written."""
    deadline = time.monotonic() + 60
    while not (tmp_path / "held").exists():
        assert time.monotonic() < deadline, "the build never reached MkDocs"
        time.sleep(0.05)
    assert any(tmp_path.glob(".matchboard-site-*/docs"))


def _release(tmp_path: Path) -> None:
    (tmp_path / "release").touch()


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
    _release(tmp_path)
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


@pytest.mark.parametrize("command", ["build", "match"])
def test_a_command_on_a_build_folder_in_use_stops_with_a_message(command: str, tmp_path: Path) -> None:
    from generator.core import locks

    build = tmp_path / "build"
    build.mkdir()
    args = _args(tmp_path, tmp_path / "site")
    if command == "match":
        args = ["match", "--listings", str(BOARD), "--build", str(build), "--today", TODAY, "--config", str(CONFIG)]
    with locks.held(build / ".matchboard-lock", "held by the test"):
        busy = run_cli(*args)
    assert busy.status == 1
    assert busy.err.splitlines()[-1] == (
        f"matchboard: error: another matchboard command is using {build} now (it holds "
        f"{build / '.matchboard-lock'}); wait for it to end, or give this one its own --build folder"
    )
    assert "Traceback" not in busy.err
    assert not (tmp_path / "site").exists()
    assert run_cli(*args).status == 0  # the lock is the kernel's: gone with its holder


FAKE_PAGEFIND = """
import os, pathlib, sys, time
pathlib.Path(sys.argv[sys.argv.index("--site") + 1], "pagefind.pid").write_text(str(os.getpid()))
time.sleep(60)
"""
INDEXING_PARENT = """
import pathlib, sys
from generator.render import search_bundle
search_bundle._index_tree(pathlib.Path(sys.argv[1]))
"""


def test_a_killed_build_takes_its_pagefind_run_with_it(tmp_path: Path) -> None:
    """SIGKILL cannot be caught: Pagefind is asked to end with the build rather than run on as an orphan."""
    fake = tmp_path / "fake" / "pagefind"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "__main__.py").write_text(FAKE_PAGEFIND, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    env = {"PYTHONPATH": f"{tmp_path / 'fake'}:{ROOT}", "PATH": "/usr/bin:/bin"}
    build = subprocess.Popen([sys.executable, "-c", INDEXING_PARENT, str(tree)], env=env, cwd=tmp_path)
    try:
        pid_file = tree / "pagefind.pid"
        for _ in range(200):
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.05)
        pagefind = int(pid_file.read_text())
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=10)
        for _ in range(100):
            if not _alive(pagefind):
                break
            time.sleep(0.05)
        assert not _alive(pagefind), "Pagefind ran on after the build was killed"
    finally:
        build.kill()


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its reaper counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
