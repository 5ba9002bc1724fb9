"""Built pages without the theme's indentation: whitespace that no browser shows, taken out after mkdocs build."""

from __future__ import annotations

import re
from pathlib import Path

# Where whitespace is shown as written (or is code), pages are left as they are.
KEPT = re.compile(r"(<(?:pre|textarea|script|style)\b.*?</(?:pre|textarea|script|style)>)", re.S | re.I)
# A line break and the indentation after it: HTML shows any run of whitespace as one space, so one line break
# shows the same. Material's templates indent every line; a listing page carried about 2.5 KB of it.
INDENT = re.compile(r"\n[ \t\r\n]+")


def compact_page(page: str) -> str:
    """Return a page with each line break's following whitespace removed, outside pre, textarea, script, style."""
    parts = KEPT.split(page)
    return "".join(part if i % 2 else INDENT.sub("\n", part) for i, part in enumerate(parts))


def compact_tree(tree: Path) -> None:
    """Compact every HTML page of a built tree in place."""
    for path in sorted(tree.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        smaller = compact_page(text)
        if smaller != text:
            path.write_text(smaller, encoding="utf-8")
