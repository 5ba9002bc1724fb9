"""Upkeep and renewal on fixed dates."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import CASES, run_cli

GOOD = (CASES / "valid" / "full-listing.yaml").read_text(encoding="utf-8")  # published 2026-10-01, expires 2027-09-30


def _board(tmp_path: Path, **expiries: str) -> Path:
    board = tmp_path / "listings" / "offers"
    board.mkdir(parents=True)
    for name, expires in expiries.items():
        text = GOOD.replace("id: full-listing", f"id: {name}").replace("expires: 2027-09-30", f"expires: {expires}")
        (board / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_upkeep_lists_expiring_within_14_days_then_expired(tmp_path: Path) -> None:
    root = _board(tmp_path, soon="2027-09-30", later="2027-10-10", gone="2027-09-01", edge="2027-09-27")
    result = run_cli("upkeep", "--today", "2027-09-16", cwd=root)
    assert result.out.splitlines() == [
        "listings/offers/edge.yaml: edge expires in 11 days, on 2027-09-27",
        "listings/offers/soon.yaml: soon expires in 14 days, on 2027-09-30",
        "listings/offers/gone.yaml: gone expired 15 days ago, on 2027-09-01",
        "2 expiring within 14 days, 1 expired",
    ]
    records = json.loads(run_cli("upkeep", "--today", "2027-09-16", "--json", cwd=root).out)
    assert [(r["id"], r["state"], r["days_left"]) for r in records] == [
        ("edge", "expiring", 11), ("soon", "expiring", 14), ("gone", "expired", -15),
    ]  # fmt: skip


def test_renew_extends_once_and_keeps_the_file_valid(tmp_path: Path) -> None:
    root = _board(tmp_path, soon="2027-09-30")
    path = root / "listings" / "offers" / "soon.yaml"
    result = run_cli("renew", "soon", "--today", "2027-09-20", cwd=root)
    assert (result.status, result.out) == (0, "listings/offers/soon.yaml: soon renewed until 2028-09-19\n")
    text = path.read_text(encoding="utf-8")
    assert "expires: 2028-09-19\nrenewed: 2027-09-20\n" in text
    assert text.replace("expires: 2028-09-19\nrenewed: 2027-09-20\n", "expires: 2027-09-30\n") == GOOD.replace(
        "id: full-listing", "id: soon"
    )
    assert run_cli("validate", cwd=root).status == 0
    again = run_cli("renew", "soon", "--today", "2028-09-10", cwd=root)
    assert again.status == 1
    assert again.err == ("matchboard renew: error: soon was already renewed on 2027-09-20; a listing is renewed once, "
                         "then posted again as a new listing\n")  # fmt: skip


def test_renew_keeps_the_owners_file_as_it_was_written(tmp_path: Path) -> None:
    """A byte order mark, Windows line ends and a comment on the `expires` line survive a renewal."""
    root = _board(tmp_path, soon="2027-09-30")
    path = root / "listings" / "offers" / "soon.yaml"
    text = path.read_text(encoding="utf-8").replace("expires: 2027-09-30", "expires: 2027-09-30   # ask Ana first")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = run_cli("renew", "soon", "--today", "2027-09-20", cwd=root)
    assert (result.status, result.err) == (0, "")
    expected = text.replace("expires: 2027-09-30   # ask Ana first",
                            "expires: 2028-09-19   # ask Ana first\nrenewed: 2027-09-20")  # fmt: skip
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.replace("\n", "\r\n").encode("utf-8")
    assert run_cli("validate", cwd=root).status == 0


def test_renew_unknown_id(tmp_path: Path) -> None:
    root = _board(tmp_path, soon="2027-09-30")
    result = run_cli("renew", "nope", cwd=root)
    assert (result.status, result.err) == (1, "matchboard renew: error: no valid listing with id 'nope'\n")


def test_renewed_listing_may_run_366_days_from_its_renewal(tmp_path: Path) -> None:
    root = _board(tmp_path)
    board = root / "listings" / "offers"
    shutil.copy(CASES / "valid" / "full-listing.yaml", board / "full-listing.yaml")
    path = board / "full-listing.yaml"
    path.write_text(GOOD.replace("expires: 2027-09-30", "expires: 2028-10-05\nrenewed: 2027-10-01"), encoding="utf-8")
    result = run_cli("validate", cwd=root)
    assert result.out.splitlines()[0] == (
        "listings/offers/full-listing.yaml:26:10: error: `expires` 2028-10-05 is 370 days after `renewed` 2027-10-01; "
        "the limit is 366"
    )
