"""The search bundle is byte-identical for the same pages: Pagefind's filters are put in a fixed order."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cbor2
import pytest

from generator.render import search_bundle, stable_search

PAGE = """<!doctype html><html lang="en"><head><title>{n}</title></head><body>
<main data-pagefind-body><h1>Listing {n}</h1><p>Text about sensors number {n}.</p>
<span data-pagefind-filter="sector:S{n:02d}"></span><span data-pagefind-filter="country:C{m}"></span>
<span data-pagefind-filter="type:{kind}"></span></main></body></html>
"""


def _tree(root: Path) -> Path:
    for n in range(60):
        page = root / "listings" / f"x{n}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(PAGE.format(n=n, m=n % 7, kind="need" if n % 2 else "offer"), encoding="utf-8")
    return root


def _bundle(tree: Path) -> dict[str, bytes]:
    bundle = tree / "pagefind"
    return {str(p.relative_to(bundle)): p.read_bytes() for p in sorted(bundle.rglob("*")) if p.is_file()}


def test_two_indexings_of_the_same_pages_give_the_same_bundle(tmp_path: Path) -> None:
    first = _tree(tmp_path / "one")
    second = tmp_path / "two"
    shutil.copytree(first, second)
    search_bundle.index_trees({"one": first, "two": second})
    assert _bundle(first) == _bundle(second)


def _filters(bundle: Path) -> dict[str, dict[str, list[int]]]:
    """Return every filter's pages by value, found as the browser finds them: entry file, metadata, filter files."""
    entry = json.loads((bundle / stable_search.ENTRY).read_text(encoding="utf-8"))
    (info,) = entry["languages"].values()
    meta = _decoded(bundle / f"pagefind.{info['hash']}.pf_meta")
    found = {}
    for name, file_hash in meta[stable_search.META_FILTERS]:
        filter_name, values = _decoded(bundle / "filter" / f"{file_hash}.pf_filter")
        assert filter_name == name
        found[name] = {value: sorted(pages) for value, pages in values}
    return found


def _decoded(path: Path) -> list[Any]:
    data: list[Any] = cbor2.loads(gzip.decompress(path.read_bytes())[len(stable_search.SIGNATURE) :])
    return data


def test_the_rewritten_filters_keep_every_value_and_page(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "site")
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(tree), "--silent"], check=True)
    before = _filters(tree / "pagefind")
    stable_search.stabilise(tree / "pagefind")
    after = _filters(tree / "pagefind")
    assert after == before
    assert sorted(after) == ["country", "sector", "type"]
    assert list(after["sector"]) == [f"S{n:02d}" for n in range(60)]  # in order now
    assert [len(pages) for pages in after["type"].values()] == [30, 30]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b: next(b.glob("*.pf_meta")).write_bytes(gzip.compress(b"something else")), "not a Pagefind file"),
        (lambda b: next(b.glob("*.pf_meta")).write_bytes(b"not gzip"), "BadGzipFile"),
        (lambda b: next((b / "filter").iterdir()).unlink(), "FileNotFoundError"),
        (lambda b: (b / "pagefind-entry.json").write_text("{}", encoding="utf-8"), "KeyError"),
        (lambda b: next(b.glob("*.pf_meta")).write_bytes(gzip.compress(stable_search.SIGNATURE + b"\x83\x01")),
         "CBORDecodeEOF"),
    ],
)  # fmt: skip
def test_a_bundle_in_an_unknown_form_stops_the_build_with_a_message(
    tmp_path: Path, damage: Callable[[Path], object], message: str
) -> None:
    tree = _tree(tmp_path / "site")
    search_bundle.index_trees({"en": tree})
    damage(tree / "pagefind")
    with pytest.raises(stable_search.BundleError, match=message):
        stable_search.stabilise(tree / "pagefind")
