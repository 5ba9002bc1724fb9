"""Careless commands get a message and lose nothing: cases a probe of the command line found crashing."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.core.dates import build_date
from tests.conftest import ROOT, Run, run_cli
from tests.test_new import FLAGS

BOARD = ROOT / "tests" / "boards" / "golden"
CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"


def _config(tmp: Path, change: Callable[[dict[str, object]], None]) -> Path:
    """The golden board's settings with one change, beside the test's folders (paths made absolute)."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(ROOT / "site_templates" / "overrides")
    change(config)
    path = tmp / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def _build(tmp: Path, *extra: str, config: Path = CONFIG) -> Run:
    return run_cli("build", "--listings", str(BOARD), "--site", str(tmp / "site"), "--build", str(tmp / "build"),
                   "--today", "2026-11-26", "--config", str(config), *extra)  # fmt: skip


def _last_error(run: Run) -> str:
    assert "Traceback" not in run.err, run.err
    return run.err.strip().splitlines()[-1]


def test_a_folder_in_the_way_of_the_swap_is_never_deleted(tmp_path: Path) -> None:
    (tmp_path / "site.old").mkdir()
    (tmp_path / "site.old" / "notes.txt").write_text("keep me", encoding="utf-8")
    run = _build(tmp_path)
    assert run.status == 1
    assert _last_error(run).startswith(f"matchboard build: error: {tmp_path / 'site.old'} is in the way")
    assert (tmp_path / "site.old" / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.update(extra=[1]), "extra must be a group of settings"),
        (lambda c: c["extra"]["board"].update(facilitator=5), "extra.board.facilitator is 5; it must be text"),
        (lambda c: c["extra"]["board"].update(facilitator="not an address"), "must be an e-mail address"),
        (lambda c: c.update(site_url="http://[::1"), "the site's address 'http://[::1' must be an address"),
    ],
)
def test_settings_of_the_wrong_kind_are_named(change: Callable[[dict[str, object]], None], message: str,
                                              tmp_path: Path) -> None:  # fmt: skip
    run = _build(tmp_path, config=_config(tmp_path, change))
    assert run.status == 1
    assert message in _last_error(run)


def test_a_summary_file_that_cannot_be_written_is_an_error_not_a_crash(tmp_path: Path) -> None:
    run = _build(tmp_path, "--summary-file", str(tmp_path))
    assert run.status == 1
    assert _last_error(run).startswith(f"matchboard build: error: cannot write the summary to {tmp_path}:")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--title", "!!!!!!!!!!!!!!!!!!!!"], "cannot make an id from this title; give one with --id"),
        (["--today", "9999-12-31"], "nothing written; correct the values above and run the command again"),
    ],
)
def test_new_with_a_title_or_date_it_cannot_use(args: list[str], message: str, tmp_path: Path) -> None:
    run = run_cli(*FLAGS, *args, cwd=tmp_path)
    assert run.status == 1
    assert _last_error(run).endswith(message)


def test_new_into_a_listings_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "listings").write_text("not a folder", encoding="utf-8")
    run = run_cli(*FLAGS, cwd=tmp_path)
    assert run.status == 1
    assert _last_error(run).startswith("matchboard new: error: cannot write listings/offers/")


def test_renew_at_the_end_of_the_calendar(tmp_path: Path) -> None:
    shutil.copytree(BOARD, tmp_path / "listings")
    listing = next((tmp_path / "listings").rglob("*.yaml")).stem
    run = run_cli("renew", listing, "--today", "9999-12-31", cwd=tmp_path)
    assert run.status == 1
    assert "too near the end of the calendar" in _last_error(run)


@pytest.mark.parametrize("event", ["[1]", '"x"', '{"issue": [1]}', "[" * 100_000 + "]" * 100_000])
def test_intake_of_an_event_that_is_not_an_issue(event: str, tmp_path: Path) -> None:
    (tmp_path / "event.json").write_text(event, encoding="utf-8")
    run = run_cli("intake", "--event", str(tmp_path / "event.json"), cwd=tmp_path)
    assert run.status == 2
    assert _last_error(run).startswith("matchboard intake: error: cannot read the event: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "laser", "--limit", "0"], "argument --limit: 0 is not 1 or more"),
        (["serve", "--port", "65536"], "argument --port: 65536 is not a port from 0 to 65535"),
        (["upkeep", "--within", "-5"], "argument --within: -5 days is in the past: give 0 (today) or more"),
        (["upkeep", "--within", "two"], "argument --within: 'two' is not a whole number of days"),
    ],
)
def test_numbers_out_of_range_are_refused_by_the_options(args: list[str], message: str) -> None:
    run = run_cli(*args)
    assert run.status == 2
    assert message in _last_error(run)


def test_serve_on_a_port_in_use_says_so_before_building(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        run = run_cli("serve", "--listings", str(BOARD), "--site", str(tmp_path / "site"), "--config", str(CONFIG),
                      "--port", str(port), "--build", str(tmp_path / "build"))  # fmt: skip
    assert run.status == 1
    assert _last_error(run).startswith(f"matchboard serve: error: cannot serve on 127.0.0.1:{port}: ")
    assert not (tmp_path / "site").exists()


def test_a_pipe_among_the_listings_is_named_not_waited_for(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.yaml")
    run = run_cli("validate", "--listings", str(tmp_path))
    assert run.status == 1
    assert run.out.splitlines()[0] == f"{tmp_path}/x.yaml:1:1: error: not a regular file (a pipe or a device?); " \
                                      "put the listing file itself here"  # fmt: skip


def test_a_file_name_cannot_start_a_log_line_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "x\n::warning file=evil::injected.yaml").write_text("id: x\n", encoding="utf-8")
    run = run_cli("validate", "--listings", str(tmp_path))
    assert run.status == 1
    assert not any(line.startswith("::") for line in run.out.splitlines())
    assert json.dumps("x\n::warning")[1:-1] in run.out  # the newline shown as \n


@pytest.mark.parametrize("damage", ["stamp not text", "index a file"])
def test_a_damaged_index_folder_is_rebuilt(damage: str, tmp_path: Path) -> None:
    args = ["match", "--listings", str(BOARD), "--build", str(tmp_path / "build"), "--today", "2026-11-26",
            "--config", str(CONFIG)]  # fmt: skip
    first = run_cli(*args)
    index = tmp_path / "build" / "index"
    if damage == "stamp not text":
        (index / "listings.sha256").write_bytes(b"\xff\xfe")
    else:
        shutil.rmtree(index)
        index.write_text("not an index", encoding="utf-8")
    again = run_cli(*args)
    assert "Traceback" not in again.err
    assert (again.status, again.out) == (0, first.out)


def test_upkeep_of_a_folder_that_is_not_there_is_not_an_all_clear(tmp_path: Path) -> None:
    run = run_cli("upkeep", "--listings", str(tmp_path / "lisitngs"), "--today", "2026-11-26")
    assert run.status == 2
    assert _last_error(run) == f"matchboard upkeep: error: {str(tmp_path / 'lisitngs')!r} is not a folder"


def test_search_names_a_filter_value_no_listing_can_have_and_reads_codes_in_any_case(tmp_path: Path) -> None:
    args = ["search", "laser", "--listings", str(BOARD), "--config", str(CONFIG), "--build", str(tmp_path / "b"),
            "--today", "2026-11-26"]  # fmt: skip
    bogus = run_cli(*args, "--type", "bogus")
    assert bogus.status == 2
    assert _last_error(bogus) == "matchboard search: error: --type 'bogus' is not one of: need, offer"
    upper, lower = run_cli(*args, "--country", "FR"), run_cli(*args, "--country", "fr")
    assert upper.out == lower.out
    assert upper.out.endswith("1 result for 'laser'\n")


def test_an_embedding_cache_that_cannot_be_written_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cache").write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setenv("MATCHBOARD_EMBEDDINGS", str(tmp_path / "cache"))
    run = run_cli("match", "--listings", str(BOARD), "--config", str(CONFIG), "--build", str(tmp_path / "b"),
                  "--today", "2026-11-26")  # fmt: skip
    assert "Traceback" not in run.err
    assert (run.status, run.out.splitlines()[-1]) == (0, "1 suggestion for 1 need")


@pytest.mark.parametrize("command", ["build", "match", "partners"])
def test_a_mistyped_settings_file_is_named_not_replaced_by_the_defaults(command: str, tmp_path: Path) -> None:
    run = run_cli(command, "--config", str(tmp_path / "mkdcos.yml"))
    assert run.status == 2
    typo = str(tmp_path / "mkdcos.yml")
    assert _last_error(run).endswith(f"argument --config: {typo!r} is not a file; give the board's settings, such as "
                                     "mkdocs.yml")  # fmt: skip


@pytest.mark.parametrize(
    ("epoch", "message"),
    [
        ("abc", "SOURCE_DATE_EPOCH is 'abc'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("-5", "SOURCE_DATE_EPOCH is '-5'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("99999999999999999", "SOURCE_DATE_EPOCH 99999999999999999 names a time after the year 9999"),
    ],
)
def test_a_source_date_epoch_that_is_not_a_date_is_named(epoch: str, message: str) -> None:
    """numpy reads the variable while it is imported: even --help ended in its traceback."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    run = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, env=env,
                         cwd=ROOT, check=False)  # fmt: skip
    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"matchboard: error: {message}\n")


def test_a_source_date_epoch_decides_the_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")
    assert build_date(None) == dt.date(2026, 12, 1)


def test_a_relative_site_with_settings_in_another_folder(tmp_path: Path) -> None:
    """MkDocs read the relative work folder from the settings file's folder: 'docs_dir isn't an existing directory'."""
    run = run_cli("build", "--listings", str(BOARD), "--site", "site", "--build", "build", "--today", "2026-11-26",
                  "--config", str(CONFIG), cwd=tmp_path)  # fmt: skip
    assert (run.status, _last_error(run) if run.status else "") == (0, ""), run.err
    assert (tmp_path / "site" / "index.html").is_file()
