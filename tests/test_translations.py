"""Listings in several languages: the optional `translations` field, searched and exported."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.check.load import load_listings
from tests.conftest import CASES, run_cli


def _board(tmp_path: Path) -> Path:
    board = tmp_path / "listings" / "offers"
    board.mkdir(parents=True)
    shutil.copy(CASES / "valid" / "with-translations.yaml", board)
    return tmp_path / "listings"


def test_translations_are_read_in_order(tmp_path: Path) -> None:
    (listing,) = load_listings(_board(tmp_path)).listings
    assert [t.language for t in listing.translations] == ["de", "it"]
    assert listing.texts()[1].title == "Laser-Mikroschweißen von Edelstahlteilen für die Medizintechnik"


def test_search_in_german_finds_the_german_translation(tmp_path: Path) -> None:
    board = _board(tmp_path)
    result = run_cli("search", "Mikroschweißen Edelstahl", "--listings", str(board), "--today", "2026-11-26",
                     "--build", str(tmp_path / "build"))  # fmt: skip
    assert result.out.splitlines() == [
        " 1. with-translations (offer, technology, FR, en) score 1.32",
        "    Laser micro-welding of medical-grade stainless steel parts",
        "    Kleine Werkstatt in Savoyen bietet Laser-**Mikroschweißen** von 316L- und Titanteilen mit "
        "ISO-13485-Dokumentation … Wir schweißen kleine Baugruppen aus **Edelstahl** und Titan für "
        "Medizinproduktehersteller",
        "1 result for 'Mikroschweißen Edelstahl'",
    ]
