"""What every page's head says beside Material's: the feed, the page in other languages, Open Graph."""

from __future__ import annotations

from babel import Locale
from babel.core import get_global

from generator.core import urls
from generator.core.i18n import N_, lang
from generator.core.settings import BoardSettings
from generator.core.urls import tree_prefix

ALL_FEED = N_("All new listings")  # the feed every page advertises (render/exports.py titles it so)


def head_settings(settings: BoardSettings, code: str) -> dict[str, str]:
    """Return what a language's pages need in their head (the theme's main.html reads it as extra.mb.head)."""
    return {
        "feed": urls.feed("all"),
        "feed_title": lang(code).gettext(ALL_FEED),
        "root": urls.site_base(settings),  # absolute, or "" when unknown: then no hreflang (it must be absolute)
        "default": tree_prefix(settings, settings.language),
        "locale": og_locale(code),
    }


def og_locale(code: str) -> str:
    """Return a language's Open Graph locale (`de` -> `de_DE`), from CLDR's likely subtags."""
    likely = Locale.parse(get_global("likely_subtags").get(code, code))
    return f"{likely.language}_{likely.territory}" if likely.territory else likely.language
