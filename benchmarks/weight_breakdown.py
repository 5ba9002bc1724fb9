"""Where a built site's bytes are: per language tree and kind of file, and what a median listing page holds.

Run: .venv/bin/python -m benchmarks.weight_breakdown SITE [--languages en fr de it sl] [--sample 400]
Sizes are apparent bytes (what a host counts), MB = 1,000,000 bytes, KB = 1,000 bytes. The parts of a
listing page are cut at the markup the templates write (site_templates/pages/listing.md.j2): the frame
is everything outside `<article class="mb-listing`, the rest is split at its blocks; the sample is every
n-th listing page of the default language's tree, sorted by path, so runs compare the same pages.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
from collections import Counter
from pathlib import Path

KINDS = ("listings", "browse", "needs", "offers", "archive", "pagefind", "feeds", "embed", "api", "assets", "schema")
# Blocks of a listing page, in page order, by the markup that opens them.
PARTS = (
    ("article", re.compile(r'<article class="mb-listing')),
    ("filters and meta", re.compile(r"<span data-pagefind-(?:filter|meta)|<div hidden data-pagefind")),
    ("search expansion", re.compile(r'<p class="mb-expansion"')),
    ("contact", re.compile(r"<h2>[^<]*</h2>\s*<div class=\"mb-contact\"")),
    ("suggestions", re.compile(r'<h2 id="matches">')),
    ("edit link", re.compile(r'<p class="mb-edit"')),
)
END = re.compile(r"</article>\s*</article>")


def kind_of(relative: Path, languages: set[str]) -> tuple[str, str]:
    """Return (tree, kind) of a file by its path in the site: the tree is its language, the kind its top folder."""
    parts = relative.parts
    tree = parts[0] if len(parts) > 1 and parts[0] in languages else "root"
    rest = parts[1:] if tree != "root" else parts
    top = rest[0] if len(rest) > 1 else "pages"
    return tree, top if top in KINDS else "other"


def listing_parts(page: str) -> dict[str, int]:
    """Return the bytes of each block of a listing page (UTF-8), the frame being what is outside the article."""
    start = PARTS[0][1].search(page)
    end = END.search(page)
    if not start or not end:
        return {"frame": len(page.encode())}
    inner = page[start.start() : end.start()]
    cuts: list[tuple[int, str]] = []
    for name, pattern in PARTS:
        found = pattern.search(inner)
        if found:
            cuts.append((found.start(), name))
    cuts.sort()
    sizes = {"frame": len(page[: start.start()].encode()) + len(page[end.start() :].encode())}
    for (at, name), following in zip(cuts, [*cuts[1:], (len(inner), "")], strict=True):
        sizes[name] = sizes.get(name, 0) + len(inner[at : following[0]].encode())
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site", type=Path)
    parser.add_argument("--languages", nargs="+", default=["en", "fr", "de", "it", "sl"])
    parser.add_argument("--sample", type=int, default=400, help="listing pages sampled for the parts")
    args = parser.parse_args()
    languages = set(args.languages)
    sizes: Counter[tuple[str, str]] = Counter()
    files: Counter[tuple[str, str]] = Counter()
    for folder, _, names in os.walk(args.site):
        for name in names:
            path = Path(folder, name)
            key = kind_of(path.relative_to(args.site), languages)
            sizes[key] += path.stat().st_size
            files[key] += 1
    total = sum(sizes.values())
    print(f"site: {total / 1e6:,.1f} MB in {sum(files.values()):,} files")
    trees = sorted({t for t, _ in sizes})
    for tree in trees:
        tree_total = sum(v for (t, _), v in sizes.items() if t == tree)
        print(f"\n{tree}: {tree_total / 1e6:,.1f} MB")
        for (t, kind), value in sorted(sizes.items(), key=lambda kv: -kv[1]):
            if t == tree:
                print(f"  {kind:10} {value / 1e6:9,.1f} MB {files[(t, kind)]:8,} files")
    facets: Counter[str] = Counter()
    facet_files: Counter[str] = Counter()
    for path in (args.site / "browse").rglob("*"):
        if path.is_file():
            facet = path.relative_to(args.site / "browse").parts[0] if path.parent != args.site / "browse" else "-"
            facets[facet] += path.stat().st_size
            facet_files[facet] += 1
    print("\nfacet pages (root tree, browse/):")
    for facet, value in facets.most_common():
        print(f"  {facet:12} {value / 1e6:7,.1f} MB {facet_files[facet]:6,} pages")
    pages = sorted((args.site / "listings").glob("*/index.html"))
    lengths = [p.stat().st_size for p in pages]
    print(f"\nlisting pages (root tree): {len(pages):,}, median {statistics.median(lengths) / 1e3:.1f} KB, "
          f"largest {max(lengths) / 1e3:.1f} KB")  # fmt: skip
    step = max(1, len(pages) // args.sample)
    sampled = [listing_parts(p.read_text(encoding="utf-8")) for p in pages[::step]]
    names = ["frame", *(name for name, _ in PARTS)]
    print(f"median bytes per block over {len(sampled)} pages (0 when a page has no such block):")
    for name in names:
        print(f"  {name:17} {statistics.median(s.get(name, 0) for s in sampled):8,.0f}")


if __name__ == "__main__":
    main()
