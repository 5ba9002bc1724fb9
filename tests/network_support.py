"""Boards served on 127.0.0.1 for the network tests: a folder, or fixed answers, behind http.server in a thread."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serving(handler: Callable[..., http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve on a free port of 127.0.0.1; yield the root address (ending in /)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def folder(path: Path) -> Callable[..., http.server.BaseHTTPRequestHandler]:
    """Return a handler serving a built site's folder."""
    return functools.partial(_Quiet, directory=str(path))


def answers(routes: dict[str, tuple[int, bytes]]) -> Callable[..., http.server.BaseHTTPRequestHandler]:
    """Return a handler answering each path with a fixed status and body (404 elsewhere)."""

    class Fixed(_Quiet):
        def do_GET(self) -> None:
            status, body = routes.get(self.path, (404, b"not here"))
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", body.decode())
                body = b""
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Fixed


def board_config(tmp: Path, name: str, partners: list[dict[str, str]]) -> Path:
    """Write an mkdocs.yml for a one-language test board with these partners."""
    config = yaml.safe_load((ROOT / "tests" / "boards" / "golden-mkdocs.yml").read_text(encoding="utf-8"))
    config["site_name"] = name
    config["theme"]["custom_dir"] = str(ROOT / "site_templates" / "overrides")
    config["extra"]["board"] = {"name": name, "language": "en", "languages": ["en"], "partners": partners}
    path = tmp / f"{name}.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path
