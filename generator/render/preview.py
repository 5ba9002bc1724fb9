"""The local preview server of `matchboard serve`: the built site as static hosts send it (compressed)."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

# What hosts such as GitHub Pages and Cloudflare Pages compress: text. Pagefind's files and images are compressed
# already. Serving them uncompressed made a local Lighthouse run score performance about 10 points lower than
# the same pages on a host (docs/decisions/0007-lighthouse.md).
COMPRESSED = {".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".csv", ".xsl", ".webmanifest"}


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serve a folder, gzipping text when the browser accepts it, with the types module scripts need."""

    extensions_map = {  # noqa: RUF012 (the base class declares it as a plain class attribute)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
    }

    def send_head(self) -> BinaryIO | None:
        """Send the headers of a file; a text file goes out gzipped (in memory) to a browser that accepts it."""
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):  # without the slash, the base class redirects
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


def preview_server(site: Path, port: int) -> http.server.ThreadingHTTPServer:
    """Make a server of `site` on 127.0.0.1:`port` (0: any free port), not yet serving."""
    handler = functools.partial(PreviewHandler, directory=str(site))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
