"""`matchboard new` writes a listing the validator accepts, or writes nothing and says why."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import run_cli

FLAGS = [
    "new", "--no-input", "--today", "2026-11-26",
    "--type", "offer", "--category", "technology",
    "--title", "Lasersko mikrovarjenje delov iz nerjavnega jekla",
    "--summary", "Majhna delavnica ponuja lasersko mikrovarjenje delov iz jekla 316L in titana.",
    "--description", "Varimo majhne sklope za proizvajalce medicinskih pripomočkov.\\n\\n- šivi do 0,05 mm",
    "--language", "sl", "--org-name", "Varilnica Kranj d.o.o.", "--country", "NO", "--size", "small",
    "--sectors", "C25, C32", "--keywords", "lasersko varjenje, medicina", "--partnership", "subcontracting",
    "--trl", "9",
]  # fmt: skip


def test_new_from_flags_writes_a_valid_file(tmp_path: Path) -> None:
    result = run_cli(*FLAGS, cwd=tmp_path)
    path = "listings/offers/lasersko-mikrovarjenje-delov-iz-nerjavnega-jekla.yaml"
    assert (result.status, result.out, result.err) == (0, path + "\n", "")
    text = (tmp_path / path).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=https://matchboard.example/schema/listing.schema.json\n")
    assert "  country: 'NO'\n" in text
    assert "published: 2026-11-26\nexpires: 2027-11-26\n" in text
    assert (
        "description: |\n  Varimo majhne sklope za proizvajalce medicinskih pripomočkov.\n\n  - šivi do 0,05 mm\n"
        in text
    )
    assert run_cli("validate", cwd=tmp_path).out == "1 file checked: all 1 listings valid\n"


def test_new_points_editors_at_the_boards_own_schema(tmp_path: Path) -> None:
    (tmp_path / "schema").mkdir()
    run_cli(*FLAGS, "--id", "varjenje", cwd=tmp_path)
    first = (tmp_path / "listings/offers/varjenje.yaml").read_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")


def test_new_refuses_invalid_values_and_writes_nothing(tmp_path: Path) -> None:
    result = run_cli(*FLAGS, "--expires", "2028-06-01", "--region", "FR-ARA", cwd=tmp_path)
    assert result.status == 1
    assert result.err.splitlines() == [
        "listings/offers/lasersko-mikrovarjenje-delov-iz-nerjavnega-jekla.yaml:15:11: error: `organisation.region` "
        "'FR-ARA' is in FR, not in `organisation.country` NO",
        "listings/offers/lasersko-mikrovarjenje-delov-iz-nerjavnega-jekla.yaml:27:10: error: `expires` 2028-06-01 "
        "is 553 days after `published` 2026-11-26; the limit is 366",
        "nothing written; correct the values above and run the command again",
    ]
    assert not (tmp_path / "listings").exists()


def test_new_never_overwrites(tmp_path: Path) -> None:
    assert run_cli(*FLAGS, cwd=tmp_path).status == 0
    again = run_cli(*FLAGS, cwd=tmp_path)
    assert again.status == 1
    assert "already exists; choose another --id" in again.err


def test_new_without_terminal_names_missing_flags(tmp_path: Path) -> None:
    result = run_cli("new", "--no-input", "--type", "need", cwd=tmp_path)
    assert result.status == 1
    assert result.err == (
        "matchboard new: error: missing --category, --title, --summary, --description, --language, "
        "--org-name, --country, --size, --sectors, --keywords, --partnership\n"
    )


def test_new_asks_for_missing_fields_at_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["", "need", "research", "Partner for alpine snow-load sensor research", "We look for a "
                    "research partner to validate snow-load sensors on roofs.", "Two-winter field trial of "
                    "load cells on 20 timber roofs in Tirol, data shared openly.", "en", "Schneelast Labor GmbH",
                    "AT", "micro", "M72", "snow load, sensors", "research-cooperation"])  # fmt: skip
    monkeypatch.setattr("sys.stdin", type("Tty", (io.StringIO,), {"isatty": lambda self: True})())
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    result = run_cli("new", "--today", "2026-11-26", cwd=tmp_path)
    assert result.status == 0, result.err
    assert "Type: need: you are looking for a partner" in result.out
    assert "  one of: need, offer" in result.out
    assert result.out.splitlines()[-1] == "listings/needs/partner-for-alpine-snow-load-sensor-research.yaml"


def test_a_german_title_keeps_its_letters_in_the_new_file_name(tmp_path: Path) -> None:
    flags = [*FLAGS]
    flags[flags.index("--title") + 1] = "Mikroschweißen für Präzisionsteile"
    result = run_cli(*flags, cwd=tmp_path)
    assert result.out == "listings/offers/mikroschweissen-fuer-praezisionsteile.yaml\n"
