"""Criteria as records: one points() for scores, explain and the order of reasons; a new criterion in one place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from benchmarks.synth import main as synth_main
from generator import pipeline
from generator.check.load import load_listings
from generator.core.model import Clause, Listing
from generator.core.settings import MatchSettings, SettingsError
from generator.match import criteria, index, suggest
from generator.match.board import compute_board
from generator.match.criteria import CRITERIA, Criterion
from generator.match.pairs import Indexes, Pairs, Scores
from tests.conftest import ROOT

TODAY = dt.date(2026, 11, 26)


def _assert_reasons_in_points_order(board_dir: Path, build: Path) -> int:
    prepared = pipeline.prepare(board_dir, TODAY, ROOT / "mkdocs.yml", build)
    settings = prepared.settings.matching
    weighted = criteria.weights(settings)
    by_id = prepared.board.by_id()
    term_weights = index.term_weights(prepared.board.index_path)
    checked = 0
    for m in prepared.board.matches:
        scored = suggest.score_pair(by_id[m.need], by_id[m.offer], term_weights, prepared.board.meaning, settings)
        added = [float(criteria.points(r.criterion, r.score, scored.relevance, weighted, settings)) for r in m.reasons]
        assert added == sorted(added, reverse=True), (m.need, m.offer, [r.criterion for r in m.reasons], added)
        checked += 1
    return checked


def test_reasons_come_in_points_order_on_the_demo_board(tmp_path: Path) -> None:
    assert _assert_reasons_in_points_order(ROOT / "listings", tmp_path) > 50


def test_reasons_come_in_points_order_on_a_synthetic_board(tmp_path: Path) -> None:
    synth_main([str(tmp_path / "board"), "--count", "150", "--seed", "7"])
    assert _assert_reasons_in_points_order(tmp_path / "board", tmp_path / "build") > 50


def test_points_of_arrays_and_of_one_pair_agree() -> None:
    settings = MatchSettings()
    weighted = criteria.weights(settings)
    scores = {name: np.array([[0.2, 0.9]]) for name in CRITERIA}
    total, relevant = criteria.combine(scores, settings)
    for col in range(2):
        one = {name: float(value[0, col]) for name, value in scores.items()}
        rel = criteria.relevance(one, weighted)
        added = sum(criteria.points(name, s, rel, weighted, settings) for name, s in one.items())
        assert relevant[0, col] == pytest.approx(rel)
        assert total[0, col] == pytest.approx(added * 100 / sum(weighted.values()), abs=1e-4)


def _same_size(p: Pairs, rows: Indexes, cols: Indexes) -> Scores:
    sizes_n = np.array([x.organisation.size for x in p.needs.listings])[rows]
    sizes_o = np.array([x.organisation.size for x in p.offers.listings])[cols]
    same: Scores = (sizes_n[:, None] == sizes_o[None, :]).astype(float)
    return same


def _size_reason(need: Listing, offer: Listing, score: float, terms: object) -> list[Clause]:
    return [Clause("both {size}" if score else "different sizes", (("size", (("text", need.organisation.size),)),))]


def test_a_new_criterion_is_one_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    toy = Criterion("size", 30.0, _same_size, _size_reason, makes_relevance=False)
    monkeypatch.setitem(CRITERIA, "size", toy)
    loaded = load_listings(ROOT / "listings")
    board = compute_board(loaded, TODAY, MatchSettings(), tmp_path)
    shown = [r for m in board.matches for r in m.reasons if r.criterion == "size"]
    assert shown, "the toy criterion's reasons reach the suggestions"
    assert {r.text for r in shown} <= {
        f"both {s}" for s in ("micro", "small", "medium", "large", "research", "public")
    } | {"different sizes"}
    assert criteria.weights(MatchSettings(weights={"size": 5.0}))["size"] == 5.0


def test_a_weight_for_an_unknown_criterion_is_refused() -> None:
    with pytest.raises(SettingsError, match=r"unknown criterion .txt.; the criteria are meaning, text, keywords"):
        criteria.weights(MatchSettings(weights={"txt": 1.0}))
