"""What a partner's listings may cost this build's log: each warning short, and a bounded number of them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.core.settings import Partner
from generator.network import partners
from generator.network.partners import MAX_NAMED, fetch_partners
from tests.network_support import ROOT, answers, board_config, serving
from tests.test_network import TODAY


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[dict[str, Any]]]:
    """A real board's manifest and listing records (the repository's offers)."""
    tmp = tmp_path_factory.mktemp("offers")
    shutil.copytree(ROOT / "listings" / "offers", tmp / "listings" / "offers")
    site = tmp / "site"
    pipeline.build(tmp / "listings", site, TODAY, board_config(tmp, "Alpine offers", []), tmp / "build")
    return (site / "api" / "board.json").read_bytes(), json.loads((site / "api" / "listings.json").read_bytes())


def _fetched(tmp: Path, manifest: bytes, records: list[dict[str, Any]]) -> tuple[str, tuple[str, ...], int]:
    routes = {"/api/board.json": (200, manifest), "/api/listings.json": (200, json.dumps(records).encode())}
    with serving(answers(routes)) as url:
        network = fetch_partners((Partner("P", url),), tmp, TODAY)
    return url, network.warnings, len(network.listings)


def test_an_id_of_a_megabyte_is_shortened_in_its_warning(export: tuple[bytes, list[Any]], tmp_path: Path) -> None:
    manifest, records = export
    _url, warnings, used = _fetched(tmp_path, manifest, [{**records[0], "id": "x" * 1_000_000}, *records[1:]])
    (warning,) = warnings
    assert warning.startswith(f"partner 'P': listing 1 ({'x' * 57}...): ")
    assert len(warning) < 300, warning[:400]
    assert used == len(records) - 1


def test_a_partner_with_thousands_of_bad_listings_gets_a_bounded_number_of_warnings(
    export: tuple[bytes, list[Any]], tmp_path: Path
) -> None:
    manifest, records = export
    bad = [{**records[i % len(records)], "id": f"bad-{i}", "type": "gift"} for i in range(3000)]
    _url, warnings, used = _fetched(tmp_path, manifest, [*records, *bad])
    assert used == len(records)
    assert len(warnings) == MAX_NAMED + 1
    first = len(records) + 1
    assert warnings[0] == f"partner 'P': listing {first} (bad-0): `type` is 'gift'; it must be one of need, offer; " \
        "skipped"  # fmt: skip
    assert warnings[-1] == (f"partner 'P': {3000 - MAX_NAMED} more warnings about its listings are not shown; "
                            f"3000 of its {len(records) + 3000} listings were skipped")  # fmt: skip


def test_a_partner_with_more_active_listings_than_the_limit_gives_the_first_ones(
    export: tuple[bytes, list[Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest, records = export
    monkeypatch.setattr(partners, "MAX_ACTIVE", 5)  # the limit is 10,000: the same rule on a small board
    _url, warnings, used = _fetched(tmp_path, manifest, records)
    active = sum(r["status"] == "active" for r in records)
    assert active > 5
    assert warnings == (f"partner 'P': {active} active listings; this board reads the first 5 of one partner, so "
                        f"{active - 5} are left out",)  # fmt: skip
    assert used == 5 + len(records) - active  # the expired ones are kept: they are never matched, so they cost nothing
