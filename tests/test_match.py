"""The match engine through its commands: hard rules, determinism, explanations, settings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

RULES = ROOT / "tests" / "boards" / "rules"
TODAY = "2026-11-26"


def _match(board: Path, build: Path, *extra: str) -> list[dict[str, object]]:
    result = run_cli("match", "--listings", str(board), "--today", TODAY, "--build", str(build), "--json", *extra)
    assert result.status == 0, result.err
    matches: list[dict[str, object]] = json.loads(result.out)
    return matches


def test_match_json_is_the_golden_file(tmp_path: Path) -> None:
    expected = json.loads((ROOT / "tests" / "boards" / "rules.matches.json").read_text(encoding="utf-8"))
    assert _match(RULES, tmp_path) == expected


@pytest.mark.parametrize(
    ("offer", "verdict"),
    [
        ("same-org-laser-welding", "verdict: not suggested: the same organisation"),
        ("laser-welding-lab-prototype", "verdict: not suggested: offer TRL 4 is below the need's minimum 6"),
        ("expired-laser-welding", "verdict: not suggested: offer expired-laser-welding expired on 2026-08-31"),
        (
            "future-laser-welding",
            "verdict: not suggested: offer future-laser-welding is not published until 2026-12-15",
        ),
        (
            "snow-depth-sensors-ski-resorts",
            "verdict: not suggested: relevance 0.00 is below the minimum 0.10 "
            "(meaning, texts and keywords share too little)",
        ),
        ("laser-micro-welding-medical", "verdict: suggested: score 86, offer 1 of 1 for this need"),
    ],
)
def test_explain_says_why_a_pair_is_or_is_not_suggested(offer: str, verdict: str, tmp_path: Path) -> None:
    result = run_cli(
        "explain", "laser-welding-partner-wanted", offer, "--listings", str(RULES), "--today", TODAY,
        "--build", str(tmp_path),
    )  # fmt: skip
    assert result.status == 0
    assert result.out.splitlines()[-1] == verdict


def test_explain_shows_every_criterion(tmp_path: Path) -> None:
    result = run_cli(
        "explain", "laser-micro-welding-medical", "laser-welding-partner-wanted", "--listings", str(RULES),
        "--today", TODAY, "--build", str(tmp_path),
    )  # fmt: skip
    lines = result.out.splitlines()
    assert (
        lines[0] == "need:  laser-welding-partner-wanted: Partner wanted for laser welding of stainless steel implants"
    )
    assert "  ok    offer TRL 9 meets the need's minimum 6" in lines
    assert (
        "  sectors         15   1.00    15.0  both in C25 Manufacture of fabricated metal products, except machinery "
        "and equipment, C32 Other manufacturing"
    ) in lines
    assert "  geography       10   0.40     4.0  neighbouring countries DE and FR" in lines
    assert "total: 86 of 100 (points / 100 x 100); threshold 30" in lines
    assert "  meaning         30   0.72    21.7  close in meaning" in lines
    assert any(line.startswith("meaning: cosine 0.881 of the two listings' sentence embeddings") for line in lines)


def test_explain_unknown_id(tmp_path: Path) -> None:
    result = run_cli(
        "explain", "nope", "laser-micro-welding-medical", "--listings", str(RULES), "--build", str(tmp_path)
    )
    assert (result.status, result.err) == (1, "matchboard explain: error: no listing with id 'nope'\n")


def test_same_inputs_same_output_whatever_the_folder_layout(tmp_path: Path) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    for path in sorted(RULES.rglob("*.yaml"), reverse=True):
        shutil.copy(path, flat / path.name)
    first = run_cli("match", "--listings", str(RULES), "--today", TODAY, "--build", str(tmp_path / "a"), "--json")
    again = run_cli("match", "--listings", str(RULES), "--today", TODAY, "--build", str(tmp_path / "a"), "--json")
    other = run_cli("match", "--listings", str(flat), "--today", TODAY, "--build", str(tmp_path / "b"), "--json")
    assert first.out == again.out == other.out


def test_hard_rules_hold_on_the_demo_board(tmp_path: Path) -> None:
    listings = ROOT / "listings"
    matches = _match(listings, tmp_path)
    from generator.check.load import load_listings

    by_id = {x.id: x for x in load_listings(listings).listings}
    for m in matches:
        need, offer = by_id[str(m["need"])], by_id[str(m["offer"])]
        assert (need.type, offer.type) == ("need", "offer")
        assert need.organisation.key != offer.organisation.key
        assert need.trl is None or offer.trl is None or offer.trl >= need.trl
        assert need.published.isoformat() <= TODAY <= need.expires.isoformat()
        assert offer.published.isoformat() <= TODAY <= offer.expires.isoformat()
        assert 0 <= int(str(m["score"])) <= 100
    needs = [str(m["need"]) for m in matches]
    assert needs == sorted(needs)  # grouped per need; best first within each need
    for need_id in set(needs):
        scores = [int(str(m["score"])) for m in matches if m["need"] == need_id]
        assert scores == sorted(scores, reverse=True)


def test_cross_language_match_names_the_shared_topics(tmp_path: Path) -> None:
    matches = _match(ROOT / "listings", tmp_path)
    pair = next(m for m in matches if m["need"] == "pelton-laufrad-sanierung-sedimentabrasion"
                and m["offer"] == "rechargement-reparation-roues-pelton")  # fmt: skip
    assert any("shared topics: small hydropower" in str(r) for r in pair["reasons"])  # type: ignore[attr-defined]


def test_settings_come_from_mkdocs_yml(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nextra:\n  board:\n    matching:\n      threshold: 95\n")
    assert _match(RULES, tmp_path, "--config", str(config)) == []
    config.write_text("extra:\n  board:\n    matching:\n      threshold: 80\n      top_k: 1\n")
    assert [m["offer"] for m in _match(RULES, tmp_path, "--config", str(config))] == ["laser-micro-welding-medical"]


def test_match_refuses_invalid_listings(tmp_path: Path) -> None:
    board = tmp_path / "board"
    shutil.copytree(RULES, board)
    (board / "offers" / "broken.yaml").write_text("id: broken\n")
    result = run_cli("match", "--listings", str(board), "--json", "--build", str(tmp_path / "b"))
    assert result.status == 1
    assert result.out == ""
    assert f"{board}/offers/broken.yaml:1:1: error: missing required field `type`" in result.err.splitlines()


def test_search_finds_with_filters_and_snippets(tmp_path: Path) -> None:
    args = ("--listings", str(RULES), "--today", TODAY, "--build", str(tmp_path))
    result = run_cli("search", "laser welding", "--type", "offer", "--country", "FR", *args)
    lines = result.out.splitlines()
    assert lines[0].startswith(" 1. laser-micro-welding-medical (offer, technology, FR, en) score ")
    assert "**laser**" in result.out.lower()
    assert "same-org-laser-welding" not in result.out  # in DE
    assert "expired-laser-welding" not in result.out  # not active
    assert lines[-1] == "2 results for 'laser welding'"
    none = run_cli("search", "snow", "--type", "need", *args)
    assert none.out == "0 results for 'snow'\n"


@pytest.mark.parametrize(
    ("matching", "message"),
    [
        ("weights: {txt: 10}", "extra.board.matching.weights: unknown criterion 'txt'; the criteria are meaning, text, "
         "keywords, sectors, partnership, category, geography"),
        ("threshold: high", "extra.board.matching.threshold is 'high'; it must be a number from 0 to 100"),
        ("top_k: 0", "extra.board.matching.top_k is 0; it must be a number from 1 to 100"),
        ("weights: {text: -1}", "extra.board.matching.weights.text is -1; it must be a number from 0 to 1000"),
    ],
)  # fmt: skip
def test_bad_settings_get_a_clear_error(matching: str, message: str, tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"extra:\n  board:\n    matching:\n      {matching}\n")
    result = run_cli("match", "--listings", str(RULES), "--config", str(config), "--build", str(tmp_path))
    assert (result.status, result.err) == (1, f"matchboard: error: {message}\n")


def test_broken_mkdocs_yml_is_named_with_its_position(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nextra:\n  board: [\n")
    result = run_cli("match", "--listings", str(RULES), "--config", str(config), "--build", str(tmp_path))
    assert result.status == 1
    assert result.err.startswith(f"matchboard: error: {config}:4:1: invalid YAML: ")
