"""The Markdown subset of descriptions: parsed once here, for checking and for rendering."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

ALLOWED_SCHEMES = ("http://", "https://", "mailto:")


def parser() -> MarkdownIt:
    """Return the CommonMark parser with raw HTML off; descriptions never carry HTML through."""
    return MarkdownIt("commonmark", {"html": False})


@functools.cache
def _checking_parser() -> MarkdownIt:
    # With html on and every link let through, raw HTML and javascript: links show up as
    # tokens we can report, instead of being escaped or dropped without a word.
    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def problems(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line offset within the text, message) for raw HTML, images and disallowed links."""
    if "<" not in text and "[" not in text:
        return  # no HTML, link or image can be written without one of these: skip the slow parse
    for block in _checking_parser().parse(text):
        offset = block.map[0] if block.map else 0
        if block.type == "html_block":
            yield offset, "raw HTML is not allowed in `description`; use Markdown"
        for token in _walk(block.children or []):
            yield from ((offset, m) for m in _inline_problems(token))


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


def _inline_problems(token: Token) -> Iterator[str]:
    if token.type == "html_inline":
        yield f"raw HTML {token.content!r} is not allowed in `description`; use Markdown"
    elif token.type == "image":
        yield "images are not allowed in `description`; link to the picture instead"
    elif token.type == "link_open":
        href = str(token.attrs.get("href", ""))
        if not href.lower().startswith(ALLOWED_SCHEMES):
            yield f"link {href!r} in `description` must start with https://, http:// or mailto:"


@functools.cache
def _rendering_parser() -> MarkdownIt:
    md = parser().disable(["image", "heading", "lheading", "html_block", "html_inline"])
    md.validateLink = lambda url: url.lower().startswith(ALLOWED_SCHEMES)  # type: ignore[method-assign]
    md.add_render_rule("link_open", _link_open)
    return md


def _link_open(self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
    # Links in listing text lead off the board: say so to search engines and browsers.
    tokens[idx].attrSet("rel", "nofollow noopener")
    return self.renderToken(tokens, idx, options, env)


@functools.lru_cache(maxsize=1024)  # one process renders a small board's pages in every language: one text, once
def to_html(text: str) -> str:
    """Render a description as HTML: raw HTML escaped, only http, https and mailto links, no images."""
    return str(_rendering_parser().render(text))
