"""Boards that are partners: built and served on 127.0.0.1, their listings matched across boards."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.core.settings import BoardSettings, Partner
from generator.network import fetch
from generator.render.pages import partner_bundles
from tests.conftest import run_cli
from tests.network_support import ROOT, answers, board_config, folder, serving

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def alpine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A partner board holding the repository's offers, built with the pipeline."""
    tmp = tmp_path_factory.mktemp("alpine")
    shutil.copytree(ROOT / "listings" / "offers", tmp / "listings" / "offers")
    site = tmp / "site"
    pipeline.build(tmp / "listings", site, TODAY, board_config(tmp, "Alpine offers", []), tmp / "build")
    return site


def _needs_board(tmp: Path, partners: list[dict[str, str]]) -> tuple[Path, Path]:
    shutil.copytree(ROOT / "listings" / "needs", tmp / "listings" / "needs")
    return tmp / "listings", board_config(tmp, "Savoie needs", partners)


def test_the_manifest_is_served_with_the_site(alpine: Path) -> None:
    manifest = json.loads((alpine / "api" / "board.json").read_text(encoding="utf-8"))
    assert manifest["format"] == 1
    assert manifest["name"] == "Alpine offers"
    assert manifest["listings"] == len(json.loads((alpine / "api" / "listings.json").read_text(encoding="utf-8")))


def test_a_local_need_page_suggests_a_partner_offer_with_its_board_and_link(alpine: Path, tmp_path: Path) -> None:
    with serving(folder(alpine)) as url:
        listings, config = _needs_board(tmp_path, [{"name": "Alpine offers", "url": url}])
        done = pipeline.build(listings, tmp_path / "site", TODAY, config, tmp_path / "build")
    assert done.network.warnings == ()
    across = done.board.partner_matches
    assert across
    assert all(m.offer_board == url and m.need_board is None for m in across)
    assert done.board.matches == ()  # this board has needs only: every suggestion is across boards
    m = across[0]
    page = (tmp_path / "site" / "listings" / m.need / "index.html").read_text(encoding="utf-8")
    assert f'href="{url}listings/{m.offer}/"' in page
    assert "on Alpine offers" in page
    assert not (tmp_path / "site" / "listings" / m.offer).exists()  # no page of its own here
    exported = json.loads((tmp_path / "site" / "api" / "matches.json").read_text(encoding="utf-8"))
    assert any(e["need"] == m.need and e["offer"] == m.offer and e["offer_board"] == url and "need_board" not in e
               for e in exported)  # fmt: skip
    ids = {x["id"] for x in json.loads((tmp_path / "site" / "api" / "listings.json").read_text(encoding="utf-8"))}
    assert m.offer not in ids  # partner listings are not exported as this board's


def test_a_partner_down_uses_the_last_good_copy_with_a_warning(alpine: Path, tmp_path: Path) -> None:
    with serving(folder(alpine)) as url:
        listings, config = _needs_board(tmp_path, [{"name": "Alpine offers", "url": url}])
        first = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    # The server is gone now: the same address refuses connections.
    again = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    assert again.board.partner_matches == first.board.partner_matches
    (warning,) = again.network.warnings
    assert warning.startswith(f"partner 'Alpine offers' ({url}): {url}api/board.json cannot be reached")
    assert warning.endswith("; using its copy of 2026-11-26")
    state = again.network.states[0]
    assert (state.reachable, state.format, state.copy_date) == (False, 1, "2026-11-26")


BAD = {
    "garbage": (b"<html>not json</html>", "is not valid JSON: Expecting value at line 1 column 1"),
    "deep": (b"[" * 200_000 + b"]" * 200_000, "is JSON nested too deeply"),
    "old format": (b'{"format": 0, "name": "x", "exports": {}}', "is in format 0; this board reads format 1 only"),
    "new format": (b'{"format": 2, "name": "x", "exports": {}}', "is in format 2; this board reads format 1 only"),
    "no manifest": (b'{"name": "x"}', "is not a board manifest (no `format`)"),
    "no exports": (b'{"format": 1}', "api/listings.json answered 404"),  # the default address, not there
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_partner_serving_garbage_is_reported_never_a_crash(case: str, tmp_path: Path) -> None:
    body, message = BAD[case]
    with serving(answers({"/api/board.json": (200, body)})) as url:
        listings, config = _needs_board(tmp_path, [{"name": "Odd", "url": url}])
        prepared = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    (warning,) = prepared.network.warnings
    assert message in warning
    assert warning.endswith("; no earlier copy, so its listings are left out")
    assert prepared.board.partner_matches == ()


def test_a_huge_body_is_cut_off_at_the_size_limit() -> None:
    with serving(answers({"/big": (200, b" " * 3000)})) as url, pytest.raises(fetch.FetchError) as err:
        fetch.fetch_bytes(url + "big", max_bytes=1000)
    assert str(err.value) == f"{url}big is 3000 bytes; the limit is 1000 bytes"


def test_redirects_are_few_and_http_only() -> None:
    routes = {f"/r{i}": (302, f"/r{i + 1}".encode()) for i in range(5)} | {"/ftp": (302, b"ftp://x.example/")}
    with serving(answers(routes)) as url:
        with pytest.raises(fetch.FetchError, match="redirect"):
            fetch.fetch_bytes(url + "r0")
        with pytest.raises(fetch.FetchError, match="not an http"):
            fetch.fetch_bytes(url + "ftp")


def test_an_invalid_partner_listing_is_skipped_naming_partner_and_id(alpine: Path, tmp_path: Path) -> None:
    records = json.loads((alpine / "api" / "listings.json").read_text(encoding="utf-8"))
    records[0]["type"] = "gift"
    manifest = (alpine / "api" / "board.json").read_bytes()
    routes = {"/api/board.json": (200, manifest), "/api/listings.json": (200, json.dumps(records).encode())}
    with serving(answers(routes)) as url:
        listings, config = _needs_board(tmp_path, [{"name": "Alpine offers", "url": url}])
        prepared = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    assert prepared.network.warnings == (
        f"partner 'Alpine offers': listing 1 ({records[0]['id']}): `type` is 'gift'; it must be one of need, offer; "
        "skipped",
    )
    assert len(prepared.network.listings) == len(records) - 1


def test_matchboard_partners_prints_each_partners_state(alpine: Path, tmp_path: Path) -> None:
    with serving(folder(alpine)) as url:
        _listings, config = _needs_board(tmp_path, [{"name": "Alpine offers", "url": url}])
        shown = run_cli("partners", "--config", str(config), "--build", str(tmp_path / "build"),
                        "--today", TODAY.isoformat())  # fmt: skip
    assert shown.status == 0, shown.err
    count = len(json.loads((alpine / "api" / "listings.json").read_text(encoding="utf-8")))
    assert shown.out == f"Alpine offers {url}: reachable, format 1, {count} listings, copy of 2026-11-26\n"
    down = run_cli("partners", "--config", str(config), "--build", str(tmp_path / "build"), "--today", "2026-11-27")
    assert down.status == 0
    assert down.out.startswith(f"Alpine offers {url}: not reachable ({url}api/board.json cannot be reached")
    assert down.out.endswith(f"format 1, {count} listings, copy of 2026-11-26\n")


def test_each_language_merges_the_partners_bundle_of_its_tree_then_its_root() -> None:
    settings = BoardSettings(language="en", languages=("en", "fr"), partners=(Partner("Alpine", "https://a.example/"),))
    assert partner_bundles(settings, "en") == [
        {"name": "Alpine", "url": "https://a.example/", "bundles": ["https://a.example/pagefind/"]}
    ]
    assert partner_bundles(settings, "fr")[0]["bundles"] == [
        "https://a.example/fr/pagefind/",
        "https://a.example/pagefind/",
    ]


# Answers no HTTP client expects, written straight to the socket: a partner's broken or hostile server.
RAW = {
    "not HTTP": b"GARBAGE\r\n\r\n",
    "bad status": b"HTTP/1.1 abc OK\r\n\r\n",
    "cut chunks": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc",
    "too many headers": b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 150 + b"\r\n",
}


def _raw_server(answer: bytes, drip: float = 0.0) -> Iterator[str]:
    """Serve one fixed byte string per connection on 127.0.0.1, a byte every `drip` seconds if given."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except TimeoutError:
                continue
            with client:
                client.recv(65536)
                for i in range(len(answer)) if drip else [0]:
                    if stop.is_set():
                        break
                    client.sendall(answer[i : i + 1] if drip else answer)
                    time.sleep(drip)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    finally:
        stop.set()
        thread.join()
        server.close()


@pytest.mark.parametrize("case", sorted(RAW))
def test_a_partner_speaking_broken_http_is_reported_never_a_crash(case: str) -> None:
    with contextlib.contextmanager(_raw_server)(RAW[case]) as url, pytest.raises(fetch.FetchError) as err:
        fetch.fetch_bytes(url + "api/board.json")
    assert str(err.value).startswith(f"{url}api/board.json cannot be read: ")


def test_a_partner_dripping_its_headers_is_left_within_the_time_limit() -> None:
    start = time.monotonic()
    drip = b"HTTP/1.1 200 OK\r\n" + b"X" * 1000
    with contextlib.contextmanager(_raw_server)(drip, drip=0.2) as url, pytest.raises(fetch.FetchError) as err:
        fetch.fetch_bytes(url + "api/board.json", timeout=1.0)
    assert str(err.value) == f"{url}api/board.json did not arrive whole within 1 s"
    assert time.monotonic() - start < 1.0 + fetch.GRACE + 1.0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"format": 1, "listings": 1' + b"0" * 5000 + b"}", "is not an export this board reads: Exceeds the limit"),
        (b'{"format": 1, "listings": NaN}', "is not an export this board reads: NaN is not a number JSON allows"),
    ],
)
def test_numbers_json_does_not_hold_are_refused(body: bytes, message: str) -> None:
    with pytest.raises(fetch.FetchError, match=message):
        fetch.parse_json(body, "http://p.example/api/board.json")


def test_partner_text_is_checked_and_printed_on_one_line(alpine: Path, tmp_path: Path) -> None:
    records = json.loads((alpine / "api" / "listings.json").read_text(encoding="utf-8"))
    records[0]["title"] = "AI \ud800 machine vision"  # a lone surrogate: no UTF-8 writer can write it
    records[1]["keywords"] = [["flax", "hemp"]]  # not text: named by the schema, never a crash
    records[2]["id"] = "x\n::error::pwned"  # a log line of its own, a command in GitHub Actions
    body = json.dumps(records).encode()  # json escapes the surrogate as \ud800
    routes = {"/api/board.json": (200, (alpine / "api" / "board.json").read_bytes()), "/api/listings.json": (200, body)}
    with serving(answers(routes)) as url:
        listings, config = _needs_board(tmp_path, [{"name": "Alpine offers", "url": url}])
        prepared = pipeline.prepare(listings, TODAY, config, tmp_path / "build")
    warnings = prepared.network.warnings
    assert len(warnings) == 3, warnings
    assert all("\n" not in w for w in warnings)
    assert "a lone surrogate" in warnings[0]
    assert "must be text" in warnings[1]
    assert not any(line.startswith("::") for w in warnings for line in w.splitlines())
    assert "x\\n::error::pwned" in warnings[2]
    assert len(prepared.board.partners) == len(records) - 3


def test_partner_addresses_that_one_slug_would_merge_keep_their_own_copies(tmp_path: Path) -> None:
    from generator.network.partners import copy_folder

    urls = ["http://a.example/b-c/", "http://a.example/b/c/", "http://a.example/b.c/", "http://A.example/b_c/"]
    folders = {copy_folder(tmp_path, Partner(f"p{i}", url)) for i, url in enumerate(urls)}
    assert len(folders) == len(urls)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "P", "url": "https://user:secret@p.example/"}, "holds a user name or password"),
        ({"name": "P\u202e", "url": "https://p.example/"}, "holds a control or direction character"),
    ],
)
def test_partner_settings_refuse_passwords_and_hidden_characters(entry: dict[str, str], message: str) -> None:
    from generator.core.settings import SettingsError, partners

    with pytest.raises(SettingsError, match=message):
        partners({"partners": [entry]})


def test_what_a_partner_sends_is_printed_escaped_in_its_state_too(tmp_path: Path) -> None:
    from generator.cli.partners import state_line
    from generator.network.partners import fetch_partners

    answer = b"HTTP/1.1 404 Not\x1b[31mFound\r\nContent-Length: 0\r\n\r\n"  # a terminal escape in the reason
    with contextlib.contextmanager(_raw_server)(answer) as url:
        network = fetch_partners((Partner("P", url),), tmp_path, TODAY)
    (state,) = network.states
    line = state_line(state)
    assert "\x1b" not in line
    assert "answered 404 Not\\x1b[31mFound" in line
    assert "\x1b" not in network.warnings[0]


def test_match_json_prints_the_suggestions_across_boards_as_the_export_does(alpine: Path, tmp_path: Path) -> None:
    """`matchboard match --json` is "one object per suggested pair": a partner's offer suggested on a need's
    page is one, so it is printed with its board, exactly as api/matches.json holds it (it printed [])."""
    with serving(folder(alpine)) as url:
        listings, config = _needs_board(tmp_path, [{"name": "Alpine offers", "url": url}])
        options = ("--listings", str(listings), "--config", str(config), "--today", str(TODAY), "--quiet")
        built = run_cli("build", *options, "--site", str(tmp_path / "site"), "--build", str(tmp_path / "b1"))
        printed = run_cli("match", "--json", *options, "--build", str(tmp_path / "b2"))
        text = run_cli("match", *options, "--build", str(tmp_path / "b3"))
        first = json.loads(printed.out)[0]
        explained = run_cli("explain", first["need"], first["offer"], *options, "--build", str(tmp_path / "b3"))
    assert (built.status, printed.status, text.status) == (0, 0, 0)
    exported = json.loads((tmp_path / "site" / "api" / "matches.json").read_text(encoding="utf-8"))
    assert exported
    assert json.loads(printed.out) == exported
    assert f"  {first['offer']} (on {url}): " in text.out
    assert (explained.status, explained.err) == (  # explain covers this board's own listings only, and says so
        1,
        f"matchboard explain: error: no listing with id {first['offer']!r} on this board "
        f"({first['offer']!r} is on the partner board {url})\n",
    )
