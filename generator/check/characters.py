"""Characters no person writes: the contract's list, for the validator and the Submit page's script."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.check.schema_messages import field_name
from generator.check.yamlread import Document, JsonPath

# (first, last, what it is): refused in every text field. Tab and newline are what people type;
# a carriage return only ever arrives inside a line ending, which YAML turns into a newline.
REFUSED: tuple[tuple[int, int, str], ...] = (
    (0x00, 0x08, "a control character"),
    (0x0B, 0x1F, "a control character"),
    (0x7F, 0x9F, "a control character"),
    # Half of a character: no UTF-8 file holds one, only a YAML or JSON escape such as "\ud800" makes it,
    # and no UTF-8 writer (the index, the embeddings' cache, the pages) can write it.
    (0xD800, 0xDFFF, "a lone surrogate"),
    (0xFDD0, 0xFDEF, "a Unicode noncharacter"),
    *((plane + 0xFFFE, plane + 0xFFFF, "a Unicode noncharacter") for plane in range(0, 0x110000, 0x10000)),
    (0x202A, 0x202E, "a bidirectional override"),
    (0x2066, 0x2069, "a bidirectional isolate"),
)
# Refused where a reader must see every character: names a page or a search shows and compares.
ZERO_WIDTH: tuple[tuple[int, int, str], ...] = (
    (0x200B, 0x200D, "a zero-width character"),
    (0x2060, 0x2060, "a zero-width character"),
    (0xFEFF, 0xFEFF, "a zero-width character"),
)
NAMES = ("title", "organisation.name", "keywords")  # and each translation's title


def _pattern(ranges: tuple[tuple[int, int, str], ...], escape: str) -> str:
    """Return a character class for the ranges, each code point written by `escape`."""
    return "[" + "".join(escape.format(a) + ("-" + escape.format(b) if b > a else "") for a, b, _ in ranges) + "]"


_ANY = re.compile(_pattern(REFUSED, "\\U{:08x}"))
_NAME = re.compile(_pattern(REFUSED + ZERO_WIDTH, "\\U{:08x}"))


def js_patterns() -> dict[str, str]:
    """Return the same classes for a JavaScript RegExp with the `u` flag: text fields, then names."""
    return {"text": _pattern(REFUSED, "\\u{{{:x}}}"), "name": _pattern(REFUSED + ZERO_WIDTH, "\\u{{{:x}}}")}


def is_name(path: JsonPath) -> bool:
    """Return whether zero-width characters are refused at `path` too."""
    named = ".".join(str(p) for p in path if isinstance(p, str))
    return named in NAMES or (len(path) == 3 and path[0] == "translations" and path[2] == "title")


def first_refused(text: str, name: bool = False) -> tuple[int, str] | None:
    """Return the index of the first character the text must not hold and what it is, or None."""
    found = (_NAME if name else _ANY).search(text)
    if found is None:
        return None
    code = ord(found.group())
    kind = next(what for a, b, what in REFUSED + ZERO_WIDTH if a <= code <= b)
    return found.start(), kind


def problems(doc: Document) -> Iterator[tuple[int, int, str]]:
    """Yield (line, col, message) for each text value holding a character no person writes."""
    for path, text in _texts(doc.data, ()):
        found = first_refused(text, is_name(path))
        if found is None:
            continue
        index, kind = found
        char = text[index]
        message = f"{field_name(path)} contains U+{ord(char):04X}, {kind}; remove it (text holds what a person writes)"
        yield (*_place(doc, path, char), message)


def _texts(value: Any, path: JsonPath) -> Iterator[tuple[JsonPath, str]]:
    """Yield every text value with its path (an unknown field's name is the schema's to report)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i))


def _place(doc: Document, path: JsonPath, char: str) -> tuple[int, int]:
    """Return where the character stands in the file; the value's place when it was written as an escape."""
    line, col = doc.where(path)
    end_line, end_col = doc.ends.get(path, (line, col))
    for number in range(line, min(end_line, len(doc.lines)) + 1):
        row = doc.lines[number - 1]
        start = col - 1 if number == line else 0
        stop = end_col - 1 if number == end_line else len(row)
        at = row.find(char, start, stop)
        if at >= 0:
            return number, at + 1
    return line, col
