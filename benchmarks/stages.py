"""Run the build's stages once on a board and print their durations as JSON (used by the benchmarks).

Run: .venv/bin/python -m benchmarks.stages LISTINGS_DIR BUILD_DIR [--site]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import time
from pathlib import Path

from generator.check.load import load_listings
from generator.core.settings import MatchSettings
from generator.match import embeddings, index
from generator.match.suggest import compute_matches

TODAY = dt.date(2026, 11, 26)


def main() -> None:
    """Time load, index, term weights, meaning (embeddings, cached by MATCHBOARD_EMBEDDINGS) and matching."""
    parser = argparse.ArgumentParser()
    parser.add_argument("listings", type=Path)
    parser.add_argument("build", type=Path)
    args = parser.parse_args()
    shutil.rmtree(args.build, ignore_errors=True)
    times: dict[str, float] = {}
    start = time.perf_counter()
    loaded = load_listings(args.listings)
    times["load"] = time.perf_counter() - start
    active = [x for x in loaded.listings if x.is_active(TODAY)]
    start = time.perf_counter()
    index.build_index(active, args.build / "index")
    times["index"] = time.perf_counter() - start
    start = time.perf_counter()
    weights = index.term_weights(args.build / "index")
    times["weights"] = time.perf_counter() - start
    start = time.perf_counter()
    meaning = embeddings.meaning_of(active, embeddings.cache_folder(args.build))
    times["meaning"] = time.perf_counter() - start
    start = time.perf_counter()
    matches = compute_matches(loaded.listings, TODAY, MatchSettings(), weights, meaning)
    times["match"] = time.perf_counter() - start
    times["matches"] = len(matches)
    print(json.dumps(times))


if __name__ == "__main__":
    main()
