"""Stage 3, the site: typed page views, Jinja2 pages, facets, exports, then mkdocs per language, Pagefind, swap."""
