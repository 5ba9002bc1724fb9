"""Pages the board writes as finished HTML go through MkDocs without Markdown conversion.

Every page the board generates is HTML inside a `markdown="0"` block, which Python-Markdown hands
through unchanged, but only after reading it with html.parser twice (md_in_html's block parser and
MkDocs' anchor collector): about 70 % of MkDocs' time per page. The page's front matter says
`mb_html: final` (see pages/front.j2); this plugin takes such a body out before the conversion and
puts it back after it, so the theme still frames the page as before. A page without the key (one an
agency adds by hand) is converted as usual.
"""

from __future__ import annotations

from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

KEY, VALUE = "mb_html", "final"
NAME = "matchboard-final-html"


class _NoOptions(Config):  # type: ignore[no-untyped-call] # MkDocs' __init_subclass__ has no annotations
    """The plugin has no settings."""


class FinalHtml(BasePlugin[_NoOptions]):  # type: ignore[no-untyped-call] # (as above)
    """Keep the bodies of pages marked as final HTML out of the Markdown converter."""

    def __init__(self) -> None:
        super().__init__()
        self._bodies: dict[str, str] = {}

    # First on both events: no other plugin sees a final page's text as Markdown, and every other
    # plugin's content handler gets the page's real HTML.
    @event_priority(100)
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Set a final page's body aside and give the converter nothing to do."""
        if page.meta.get(KEY) != VALUE:
            return markdown
        self._bodies[page.file.src_uri] = markdown.strip()
        return ""

    @event_priority(100)
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Give a final page its body back, as written."""
        return self._bodies.pop(page.file.src_uri, html)


def register(cfg: MkDocsConfig) -> None:
    """Add the plugin to a loaded MkDocs configuration."""
    cfg.plugins[NAME] = FinalHtml()
