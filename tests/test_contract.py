"""The contract (docs/listing-format.md) as an outside tool reads it: commands, dates, events, exports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.core import dates
from tests.conftest import CASES, run_cli

LISTING = CASES / "valid" / "minimal-required-only.yaml"
EPOCH_2026_10_05 = "1791158400"  # 2026-10-05 00:00 UTC


@pytest.mark.parametrize(
    ("epoch", "message"),
    [
        ("abc", "SOURCE_DATE_EPOCH is 'abc'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("-5", "SOURCE_DATE_EPOCH is '-5'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("1.7e9", "SOURCE_DATE_EPOCH is '1.7e9'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("\u00b2", "SOURCE_DATE_EPOCH is '\u00b2'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("99999999999999999", "SOURCE_DATE_EPOCH 99999999999999999 names a time after the year 9999"),
    ],
)
@pytest.mark.parametrize("command", [("upkeep",), ("match", "--json"), ("renew", "minimal-required-only")])
def test_a_source_date_epoch_that_is_no_date_stops_the_command(
    epoch: str, message: str, command: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Falling back to the clock would make the build unrepeatable without a word; a traceback says nothing."""
    (tmp_path / "listings").mkdir()
    shutil.copy(LISTING, tmp_path / "listings")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    run = run_cli(*command, cwd=tmp_path)
    assert (run.status, run.out, run.err) == (2, "", f"matchboard: error: {message}\n")
    assert (tmp_path / "listings" / LISTING.name).read_bytes() == LISTING.read_bytes()  # renew wrote nothing


def test_today_wins_over_a_broken_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "listings").mkdir()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "abc")
    run = run_cli("upkeep", "--today", "2026-10-05", "--json", cwd=tmp_path)
    assert (run.status, run.out) == (0, "[]\n")


@pytest.mark.parametrize("epoch", [EPOCH_2026_10_05, f" {EPOCH_2026_10_05}\n", str(int(EPOCH_2026_10_05) + 86399)])
def test_source_date_epoch_names_the_utc_day(epoch: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert str(dates.build_date(None)) == "2026-10-05"
