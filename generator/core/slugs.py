"""Slugs: the ASCII words that name listings, keywords and boards in addresses."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slugify(title: str) -> str:
    """Return an id made from a title: ASCII letters and digits joined by single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 80:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


# German letters written out as German writes them without umlauts, so "Schweißen" is not "schweien".
GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"})


def new_id(title: str) -> str:
    """Return the id of a new listing: German letters transliterated, then slugified.

    Only new listings: an existing listing's address, and every keyword's, stays as `slugify` made it.
    """
    return slugify(title.translate(GERMAN))


# Signs that make another keyword ("C++", "C#" and "C" are three languages): written out, not dropped.
SIGNS = str.maketrans({"+": " plus ", "#": " sharp "})


def keyword_slug(keyword: str) -> str:
    """Return the URL segment of a keyword page; keywords that differ only in case or accents share it.

    `+` and `#` are written out ("C++" -> c-plus-plus, "C#" -> c-sharp) rather than dropped, which gave
    C++, C# and C one page. A keyword with no letter a slug can write (日本語, Ελληνικά) is named by a
    short hash of its text: they all shared one page, titled after whichever came first.
    """
    slug = slugify(keyword.translate(SIGNS))
    if slug:
        return slug
    text = unicodedata.normalize("NFKC", keyword).casefold().strip()
    return "keyword-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
