"""The languages the board speaks: interface catalogues, text analysis and listings share this one list."""

LANGUAGES = ("en", "fr", "de", "it", "sl")
