"""Partners that are not other boards: this board itself named back, or one board named twice under two addresses."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from tests.conftest import run_cli
from tests.network_support import ROOT, answers, board_config, serving
from tests.test_network import TODAY

OWN = "https://savoie.example/board/"  # the local board's own address (site_url)


@pytest.fixture(scope="module")
def offers(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A real board's export (the repository's offers): its listings.json, and its manifest without its url."""
    tmp = tmp_path_factory.mktemp("offers")
    shutil.copytree(ROOT / "listings" / "offers", tmp / "listings" / "offers")
    site = tmp / "site"
    pipeline.build(tmp / "listings", site, TODAY, board_config(tmp, "Alpine offers", []), tmp / "build")
    return (site / "api" / "board.json").read_bytes(), (site / "api" / "listings.json").read_bytes()


def _manifest(offers: tuple[bytes, bytes], url: str) -> bytes:
    return json.dumps({**json.loads(offers[0]), "url": url}).encode()


def _local(tmp: Path, partners: list[dict[str, str]]) -> tuple[Path, Path]:
    """The repository's needs on a board at OWN naming these partners."""
    shutil.copytree(ROOT / "listings" / "needs", tmp / "listings" / "needs")
    config = board_config(tmp, "Savoie needs", partners)
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    config.write_text(yaml.safe_dump({**settings, "site_url": OWN}, allow_unicode=True), encoding="utf-8")
    return tmp / "listings", config


def test_a_partner_that_is_this_board_is_left_out_with_a_warning(offers: tuple[bytes, bytes], tmp_path: Path) -> None:
    routes = {"/api/board.json": (200, _manifest(offers, OWN)), "/api/listings.json": (200, offers[1])}
    with serving(answers(routes)) as url:
        listings, config = _local(tmp_path, [{"name": "Mirror", "url": url}])
        prepared = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
        shown = run_cli("partners", "--config", str(config), "--build", str(tmp_path / "other-build"),
                        "--today", TODAY.isoformat())  # fmt: skip
    assert prepared.network.warnings == (
        f"partner 'Mirror' ({url}): its manifest gives this board's own address, {OWN}; "
        "a board is not its own partner, so its listings are left out",
    )
    assert prepared.network.listings == ()
    assert prepared.board.partner_matches == ()
    assert shown.status == 0, shown.err
    assert shown.out == (f"Mirror {url}: reachable, format 1, left out (its manifest gives this board's own address, "
                         f"{OWN}; a board is not its own partner), copy of 2026-11-26\n")  # fmt: skip


def test_one_board_named_twice_under_two_addresses_is_read_once(offers: tuple[bytes, bytes], tmp_path: Path) -> None:
    alpine = "https://alpine.example/"
    routes = {"/api/board.json": (200, _manifest(offers, alpine)), "/api/listings.json": (200, offers[1])}
    with serving(answers(routes)) as first, serving(answers(routes)) as second:
        listings, config = _local(tmp_path, [{"name": "Alpine", "url": first}, {"name": "Alpine again", "url": second}])
        prepared = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    assert prepared.network.warnings == (
        f"partner 'Alpine again' ({second}): its manifest gives the address of partner 'Alpine', {alpine}; "
        "one board is read once, so its listings are left out",
    )
    assert {x.board for x in prepared.network.listings} == {first}
    assert prepared.board.partner_matches
    assert all(m.offer_board == first for m in prepared.board.partner_matches)


def test_a_partner_claiming_another_partners_address_leaves_out_itself_only(
    offers: tuple[bytes, bytes], tmp_path: Path
) -> None:
    liar: dict[str, tuple[int, bytes]] = {"/api/listings.json": (200, offers[1])}
    honest: dict[str, tuple[int, bytes]] = {"/api/listings.json": (200, offers[1])}
    with serving(answers(liar)) as first, serving(answers(honest)) as second:
        liar["/api/board.json"] = (200, _manifest(offers, second))  # named first, it claims the second's address
        honest["/api/board.json"] = (200, _manifest(offers, second))
        listings, config = _local(tmp_path, [{"name": "Liar", "url": first}, {"name": "Alpine", "url": second}])
        prepared = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    assert prepared.network.warnings == (
        f"partner 'Liar' ({first}): its manifest gives the address of partner 'Alpine', {second}; "
        "one board is read once, so its listings are left out",
    )
    assert {x.board for x in prepared.network.listings} == {second}


def test_a_partner_named_as_this_board_is_refused(tmp_path: Path) -> None:
    _listings, config = _local(tmp_path, [{"name": "Savoie needs", "url": "https://other.example/"}])
    shown = run_cli("partners", "--config", str(config), "--build", str(tmp_path / "build"))
    assert (shown.status, shown.out) == (1, "")
    assert shown.err == ("matchboard partners: error: extra.board.partners[0].name is 'Savoie needs', this board's "
                         "own name; give the partner board its own name\n")  # fmt: skip


def test_a_partner_left_out_is_not_searched_either(offers: tuple[bytes, bytes], tmp_path: Path) -> None:
    routes = {"/api/board.json": (200, _manifest(offers, OWN)), "/api/listings.json": (200, offers[1])}
    with serving(answers(routes)) as url, serving(answers({})) as other:
        listings, config = _local(tmp_path, [{"name": "Mirror", "url": url}, {"name": "Away", "url": other}])
        pipeline.build(listings, tmp_path / "site", TODAY, config, tmp_path / "build")
    searched = json.loads((tmp_path / "site" / "search" / "partners.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in searched] == ["Away"]  # a partner away may be back when a visitor searches
    page = (tmp_path / "site" / "search" / "index.html").read_text(encoding="utf-8")
    assert ">Mirror</option>" not in page
    assert ">Away</option>" in page


def test_one_address_written_twice_in_two_cases_is_named() -> None:
    from generator.core.settings import SettingsError, partners

    entries = [
        {"name": "A", "url": "https://Alpine.example/board/"},
        {"name": "B", "url": "HTTPS://alpine.EXAMPLE/board/"},
    ]
    with pytest.raises(SettingsError, match=re.escape("names the url 'https://alpine.example/board/' twice")):
        partners({"partners": entries})
    (kept,) = partners({"partners": entries[:1]})
    assert kept.url == "https://alpine.example/board/"  # the path keeps its case: it may matter to the host
    assert (
        partners({"partners": [{"name": "A", "url": "https://a.example/Board/"}]})[0].url == "https://a.example/Board/"
    )
