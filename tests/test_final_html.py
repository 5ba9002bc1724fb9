"""Pages the board writes as finished HTML reach the built site as written; pages added by hand are still Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
<p>*not emphasis* and [not a link](https://x.example){: onclick=alert(1)}</p>
</div>
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
    hand = (out / "hand" / "index.html").read_text(encoding="utf-8")
    assert '<p>Some <em>emphasis</em> and <a href="https://example.org">a link</a>.</p>' in hand
