"""Safe YAML reading that keeps the line and column of every key and value."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

JsonPath = tuple[str | int, ...]
Position = tuple[int, int]

MAX_NODES = 10_000  # a listing has about 60; more means an alias bomb or a machine-made file
MAX_DEPTH = 20

_CORE = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_CORE + t for t in ("str", "int", "float", "bool", "null"))
_ALLOWED_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _CORE + "seq", _CORE + "map"}


class YamlError(Exception):
    """The text is not a YAML document a listing can be read from."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.col = message, line, col


class CoreResolver(BaseResolver):
    """Resolve plain scalars by the YAML 1.2 core schema: `NO`, `yes` and dates stay text."""


for _tag, _pattern, _first in (
    (_BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    (_NULL, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (_INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        _FLOAT,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
):
    CoreResolver.add_implicit_resolver(_tag, re.compile(_pattern), _first)


class _Loader(Reader, Scanner, Parser, Composer, CoreResolver):
    """Compose nodes only: no constructor runs, so no tag can create an object."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        CoreResolver.__init__(self)


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _FastLoader(CParser, CoreResolver):
        """The same, with libyaml's parser and composer: ten times faster."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            CoreResolver.__init__(self)


# libyaml's composer recurses in C, where very deep nesting overflows the stack instead of
# raising; a text with this many nesting characters goes to the pure-Python loader instead.
MAX_NESTING_CHARS = 4000


def _loader_for(text: str) -> Any:
    nesting = text.count("[") + text.count("{") + text.count("-") + text.count("?")
    if yaml.__with_libyaml__ and nesting <= MAX_NESTING_CHARS:
        return _FastLoader(text)
    return _Loader(text)


@dataclass
class Document:
    """A YAML mapping converted to plain values, with where each key and value stands."""

    data: dict[str, Any]
    values: dict[JsonPath, Position] = field(default_factory=dict)
    keys: dict[JsonPath, Position] = field(default_factory=dict)
    ends: dict[JsonPath, Position] = field(default_factory=dict)  # where each scalar ends
    styles: dict[JsonPath, str | None] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    plain: dict[JsonPath, str] = field(default_factory=dict)  # unquoted scalars read as non-text

    def as_text_where(self, is_text: Callable[[JsonPath], bool]) -> None:
        """Give back the written text of unquoted scalars that sit where text is expected.

        YAML types `08`, `2030` or `true` by their look; a field that holds text keeps what
        was written, so `keywords: [2030]` is the keyword "2030", not an error or a number.
        """
        for path, text in self.plain.items():
            if text and is_text(path):
                _set(self.data, path, text)

    def where(self, path: JsonPath) -> Position:
        """Return the position of the value at `path`, or of its nearest parent."""
        while path not in self.values:
            path = path[:-1]
        return self.values[path]

    def key_where(self, path: JsonPath) -> Position:
        """Return the position of the key that names `path` (the value's when there is none)."""
        return self.keys.get(path) or self.where(path)


def read_yaml(text: str) -> Document:
    """Parse one YAML document holding a mapping; raise YamlError saying where it is wrong."""
    try:
        loader = _loader_for(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        raise _marked_error(err, text) from None
    except yaml.reader.ReaderError as err:
        line, col = _line_col(text, err.position)
        code = err.character if isinstance(err.character, int) else ord(err.character)
        raise YamlError(f"control character U+{code:04X} is not allowed in a listing file", line, col) from None
    except RecursionError:
        raise YamlError("the YAML is nested too deeply to be a listing") from None
    if node is None:
        raise YamlError("the file is empty; a listing needs fields such as `id:` and `type:`")
    if not isinstance(node, MappingNode):
        line, col = _mark(node)
        raise YamlError(f"the file must hold fields (`id: ...`, `type: ...`), not {_kind(node)}", line, col)
    doc = Document(data={}, lines=text.splitlines())
    doc.data = _Converter(doc).mapping(node, (), 0)
    return doc


class _Converter:
    """Turn nodes into plain values, recording positions and rejecting what a listing never holds."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.count = 0

    def value(self, node: Node, path: JsonPath, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES or depth > MAX_DEPTH:
            raise YamlError("the YAML expands to far more values than a listing holds (aliases?)", *_mark(node))
        if node.tag not in _ALLOWED_TAGS:
            raise YamlError(f"YAML tag `{_short_tag(node.tag)}` is not allowed; write plain values", *_mark(node))
        self.doc.values[path] = _mark(node)
        if isinstance(node, MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            return [self.value(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        self.doc.styles[path] = node.style
        self.doc.ends[path] = node.end_mark.line + 1, node.end_mark.column + 1
        value = _scalar(node)
        if not node.style and not isinstance(value, str):  # plain: None (Python) or "" (libyaml)
            self.doc.plain[path] = node.value
        return value

    def mapping(self, node: MappingNode, path: JsonPath, depth: int) -> dict[str, Any]:
        self.doc.values[path] = _mark(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlError("a field name must be plain text", *_mark(key_node))
            key = key_node.value
            if key in result:
                first = self.doc.keys[(*path, key)][0]
                raise YamlError(f"duplicate field `{key}` (first given on line {first})", *_mark(key_node))
            self.doc.keys[(*path, key)] = _mark(key_node)
            result[key] = self.value(value_node, (*path, key), depth + 1)
        return result


def _set(data: Any, path: JsonPath, value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _scalar(node: ScalarNode) -> Any:
    """Convert a scalar by its resolved tag."""
    text = node.value
    try:
        if node.tag == _NULL:
            return None
        if node.tag == _BOOL:
            return {"true": True, "false": False}[text.lower()]
        if node.tag == _INT:
            return _int(text)
        if node.tag == _FLOAT:
            return float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf"))
    except (KeyError, ValueError):
        raise YamlError(f"{text!r} is not a valid {_short_tag(node.tag)[2:]}", *_mark(node)) from None
    return text


def _int(text: str) -> int:
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _char_at(text: str, mark: Any) -> str:
    if mark is None:
        return ""
    lines = text.split("\n")
    row = lines[mark.line] if mark.line < len(lines) else ""
    return row[mark.column] if mark.column < len(row) else ""


def _marked_error(err: yaml.MarkedYAMLError, text: str) -> YamlError:
    """Turn PyYAML's error into a message a person can act on, at the place it names."""
    mark = err.problem_mark or err.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    if err.problem == "but found another document":
        return YamlError(
            "several YAML documents in one file (a second `---` starts here); write one listing per file", line, col
        )
    if err.problem and err.problem.startswith("found undefined alias"):
        return YamlError("found an alias (*name) with no anchor (&name) before it", line, col)
    if (err.problem and "'\\t'" in err.problem) or _char_at(text, mark) == "\t":
        return YamlError("a tab character cannot indent YAML; use spaces", line, col)
    parts = [p for p in (err.context, err.problem) if p]
    return YamlError("invalid YAML: " + ", ".join(parts), line, col)


def _mark(node: Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _kind(node: Node) -> str:
    if isinstance(node, SequenceNode):
        return "a list"
    return "a single value" if node.value != "" else "an empty document"


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _line_col(text: str, index: int) -> Position:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
