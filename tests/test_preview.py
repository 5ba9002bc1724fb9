"""`matchboard serve` sends the site as static hosts do: text gzipped, so local measurements match hosted ones."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.client import HTTPConnection
from pathlib import Path

import pytest

from generator.render.preview import preview_server

PAGE = "<!doctype html><title>Board</title>" + "<p>A need, an offer.</p>" * 200


@pytest.fixture
def address(tmp_path: Path) -> Iterator[tuple[str, int]]:
    (tmp_path / "needs").mkdir()
    (tmp_path / "needs" / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "board.css").write_text("body { margin: 0 }\n" * 50, encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    server = preview_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _get(address: tuple[str, int], path: str, encoding: str = "gzip, deflate, br") -> tuple[int, dict[str, str], bytes]:
    connection = HTTPConnection(*address, timeout=10)
    connection.request("GET", path, headers={"Accept-Encoding": encoding})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_pages_and_stylesheets_go_out_gzipped_to_a_browser(address: tuple[str, int]) -> None:
    status, headers, body = _get(address, "/needs/")
    assert (status, headers["content-encoding"], headers["content-type"]) == (200, "gzip", "text/html")
    assert gzip.decompress(body).decode() == PAGE
    assert int(headers["content-length"]) == len(body) < len(PAGE) / 10
    status, headers, body = _get(address, "/board.css")
    assert (headers["content-encoding"], headers["content-type"]) == ("gzip", "text/css")
    assert gzip.decompress(body) == b"body { margin: 0 }\n" * 50


def test_images_and_clients_without_gzip_get_the_file_as_it_is(address: tuple[str, int]) -> None:
    _, headers, body = _get(address, "/logo.png")
    assert "content-encoding" not in headers
    assert len(body) == 508
    _, headers, body = _get(address, "/needs/", encoding="identity")
    assert "content-encoding" not in headers
    assert body.decode() == PAGE


def test_a_folder_without_its_slash_is_redirected_and_a_missing_page_is_404(address: tuple[str, int]) -> None:
    status, headers, _ = _get(address, "/needs")
    assert (status, headers["location"]) == (301, "/needs/")
    assert _get(address, "/offers/")[0] == 404
