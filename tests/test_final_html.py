"""Pages the board writes as finished HTML reach the built site as written; pages added by hand are still Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.render import site

# The board's own Markdown settings (mkdocs.yml), with the theme as it comes.
CONFIG = """site_name: Final pages
theme: {name: material, font: false}
plugins: []
markdown_extensions: [attr_list, md_in_html, tables]
"""
# What the board writes: HTML, with text that Markdown would turn into markup if it ever saw it.
FINAL = """---
title: "Written by the board"
mb_html: final
---
<link rel="stylesheet" href="x.css">
<div class="mb-test" markdown="0">
<p>*not emphasis* inside the block</p>
</div>
*not emphasis either* and [not a link](https://x.example){: onclick=alert(1)}
"""
BY_HAND = """---
title: "Written by hand"
---
Some *emphasis* and [a link](https://example.org).
"""


def _built(tmp_path: Path) -> Path:
    docs, out = tmp_path / "docs", tmp_path / "site"
    for path, text in {"final/index.md": FINAL, "hand/index.md": BY_HAND, "index.md": FINAL}.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(CONFIG, encoding="utf-8")
    site.mkdocs_build(config, docs, out, dt.date(2026, 11, 26))
    return out


def test_a_final_page_reaches_the_site_as_written_and_one_by_hand_is_converted(tmp_path: Path) -> None:
    out = _built(tmp_path)
    final = (out / "final" / "index.html").read_text(encoding="utf-8")
    body = FINAL.split("---\n", 2)[2].strip()
    assert body in final  # not a <p> around the <link>, nothing in the text turned into markup
    assert "<em>" not in final
    assert 'onclick="alert' not in final
    assert 'href="https://x.example"' not in final
    hand = (out / "hand" / "index.html").read_text(encoding="utf-8")
    assert '<p>Some <em>emphasis</em> and <a href="https://example.org">a link</a>.</p>' in hand


def test_a_page_whose_front_matter_would_not_keep_markdown_away_stops_the_build() -> None:
    from generator.render.templates import FrontMatterError, check_front

    check_front("ok.md", FINAL, "Written by the board")  # reads back: nothing raised
    for broken in (
        FINAL.replace('"Written by the board"', '"Written by\x7f the board"'),  # YAML refuses DEL: no front matter
        FINAL.replace("mb_html: final\n", ""),  # parses, but Markdown would see the body
        FINAL.replace("mb_html: final", "mb_html: markdown"),
    ):
        with pytest.raises(FrontMatterError, match="does not read back; the build stops"):
            check_front("x.md", broken, "Written by the board")
