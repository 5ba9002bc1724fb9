"""The search bundle is byte-identical for the same pages: Pagefind's filters are put in a fixed order."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import cbor2
import pytest

from generator.render import site, stable_search

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
    site.pagefind_index({"one": first, "two": second})
    assert _bundle(first) == _bundle(second)


def test_the_rewritten_filters_keep_every_value_and_page(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "site")
    site.pagefind_index({"en": tree})
    filters = {}
    for path in (tree / "pagefind" / "filter").iterdir():
        name, values = cbor2.loads(gzip.decompress(path.read_bytes())[len(stable_search.SIGNATURE) :])
        filters[name] = values
    assert sorted(filters) == ["country", "sector", "type"]
    assert [v for v, _ in filters["sector"]] == [f"S{n:02d}" for n in range(60)]
    assert sum(len(pages) for _, pages in filters["country"]) == 60
    assert [len(pages) for _, pages in filters["type"]] == [30, 30]


def test_a_bundle_in_an_unknown_form_stops_the_build(tmp_path: Path) -> None:
    tree = _tree(tmp_path / "site")
    site.pagefind_index({"en": tree})
    meta = next((tree / "pagefind").glob("*.pf_meta"))
    meta.write_bytes(gzip.compress(b"something else"))
    with pytest.raises(stable_search.BundleError, match="not a Pagefind file"):
        stable_search.stabilise(tree / "pagefind")
