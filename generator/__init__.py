"""matchboard: a match-making board for needs and offers of SMEs, built as a static site."""

__version__ = "0.1.0"
