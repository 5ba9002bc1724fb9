"""Pagefind's filter files rewritten in a fixed order, so the same pages give a byte-identical search bundle.

Pagefind 1.5 writes each filter's values, and the list of filters, in the order of a Rust hash map, which
changes from run to run (its source says "TODO: Change filter indexes to BTree to give them a stable hash";
upstream issue #638): two builds of the same board differed in every `filter/*.pf_filter`, the
`pagefind.*.pf_meta` that names them and `pagefind-entry.json`. This module sorts them and names each
rewritten file by its content (language, "_", the start of its SHA-256 in hex). The files are
gzip'd CBOR after the signature `pagefind_dcd` (pagefind/src/output/mod.rs); their structures are Pagefind's
`FilterIndex` [filter, [[value, [page, ...]], ...]] and `MetaIndex` [version, pages, index chunks,
filters, sorts, meta fields], with filters as [[filter, hash], ...] and sorts as [[sort, [page, ...]], ...].
The entry file's languages and the metadata's sorts come from hash maps too and are sorted as well.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"
FILTER_HASH, META_HASH = 7, 10  # hex digits after "<language>_", as Pagefind names them
META_FILTERS, META_SORTS = 3, 4  # places in Pagefind's MetaIndex array


class BundleError(Exception):
    """A Pagefind bundle is not in the form this module knows: Pagefind changed its format."""


def stabilise(bundle: Path) -> None:
    """Rewrite a Pagefind bundle's filter files and metadata in sorted order, for every language it holds."""
    try:
        _stabilise(bundle)
    except BundleError:
        raise
    except (OSError, EOFError, cbor2.CBORDecodeError, KeyError, IndexError, TypeError, ValueError) as err:
        raise BundleError(f"{bundle}: not the Pagefind bundle this build knows ({type(err).__name__}: {err})") from None


def _stabilise(bundle: Path) -> None:
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    entry["languages"] = dict(sorted(entry["languages"].items()))  # a hash map's order in Pagefind too
    taken: set[str] = set()
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = {name: _read_filter(bundle / "filter" / f"{h}.pf_filter", name) for name, h in meta[META_FILTERS]}
        for _, h in meta[META_FILTERS]:  # all read first: a new name may be an old one
            (bundle / "filter" / f"{h}.pf_filter").unlink()
        meta_path.unlink()
        meta[META_FILTERS] = [[name, _write(bundle, "filter/{}.pf_filter", language, data, FILTER_HASH, taken)]
                              for name, data in sorted(filters.items())]  # fmt: skip
        meta[META_SORTS] = sorted(meta[META_SORTS], key=lambda sort: str(sort[0]))  # also written from a hash map
        info["hash"] = _write(bundle, "pagefind.{}.pf_meta", language, meta, META_HASH, taken)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _read_filter(path: Path, name: str) -> list[Any]:
    """Return one filter's index with its values, and each value's pages, sorted."""
    data = _read(path)
    if len(data) != 2 or data[0] != name:
        raise BundleError(f"{path}: does not hold the filter {name!r} the metadata names")
    data[1] = sorted([value, sorted(pages)] for value, pages in data[1])
    return data


def _read(path: Path) -> list[Any]:
    """Return the CBOR array of one of Pagefind's gzip'd files, after its signature."""
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise BundleError(f"{path}: not a Pagefind file (no {SIGNATURE.decode()} signature)")
    data = cbor2.loads(raw[len(SIGNATURE) :])
    if not isinstance(data, list):
        raise BundleError(f"{path}: expected a CBOR array")
    return data


def _write(bundle: Path, pattern: str, language: str, data: list[Any], digits: int, taken: set[str]) -> str:
    """Write data under a name made from its content hash, longer if that is taken; return the name."""
    encoded = cbor2.dumps(data)
    digest = hashlib.sha256(encoded).hexdigest()
    while f"{language}_{digest[:digits]}" in taken and digits < len(digest):
        digits += 1  # as Pagefind does on a collision
    name = f"{language}_{digest[:digits]}"
    taken.add(name)
    (bundle / pattern.format(name)).write_bytes(gzip.compress(SIGNATURE + encoded, compresslevel=9, mtime=0))
    return name
