"""The board's manifest, `api/board.json`: what a partner board reads first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from generator.check.load import load_listings
from generator.core import settings
from generator.match.board import compute_board
from generator.render.exports import write_exports

ROOT = Path(__file__).resolve().parent.parent


def test_the_manifest_says_format_name_address_languages_count_date_and_exports(tmp_path: Path) -> None:
    config = settings.board_settings(ROOT / "tests" / "boards" / "golden-mkdocs.yml")
    config = dataclasses.replace(config, site_url="https://golden.example/board")
    board = compute_board(load_listings(ROOT / "tests" / "boards" / "golden"), dt.date(2026, 11, 26),
                          config.matching, tmp_path)  # fmt: skip
    files = write_exports(board, config)
    assert json.loads(files["api/board.json"]) == {
        "format": 1,
        "name": "Golden board",
        "url": "https://golden.example/board/",
        "languages": ["en", "fr"],
        "listings": len(json.loads(files["api/listings.json"])),
        "built": "2026-11-26",
        "exports": {
            "listings": "api/listings.json",
            "listings_csv": "api/listings.csv",
            "matches": "api/matches.json",
            "schema": "schema/listing.schema.json",
        },
    }
    for address in json.loads(files["api/board.json"])["exports"].values():
        assert address in files


def test_partners_in_the_settings_are_checked() -> None:
    ok = settings.partners({"partners": [{"name": "Slovenia", "url": "https://si.example/board/"}]})
    assert ok == (settings.Partner("Slovenia", "https://si.example/board/"),)
    bad = {"partners": [{"name": "Slovenia", "url": "ftp://si.example/"}]}
    expected = ("extra.board.partners[0].url is 'ftp://si.example/'; it must be the partner's site root, "
                "an http:// or https:// address ending in /")  # fmt: skip
    with pytest.raises(settings.SettingsError) as err:
        settings.partners(bad)
    assert str(err.value) == expected
