"""What `matchboard partners` and a build say of a partner they cannot use, or cannot keep a copy of."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.core.settings import Partner
from generator.network.partners import copy_folder, fetch_partners
from tests.conftest import run_cli
from tests.network_support import answers, board_config, serving
from tests.test_network import TODAY


def _manifest(**fields: object) -> bytes:
    return json.dumps({"format": 1, "name": "X", "exports": {}, **fields}).encode()


# What the partner's server answers -> what the line says after "P <url>: ", `{url}` being the partner's address.
STATES = {
    "an HTML page": ({"/api/board.json": (200, b"<!doctype html><title>Hi</title>")},
                     "reachable, not read ({url}api/board.json is not valid JSON: Expecting value at line 1 column 1)"),
    "a newer format": ({"/api/board.json": (200, _manifest(format=2))},
                       "reachable, not read ({url}api/board.json is in format 2; this board reads format 1 only (this "
                       "board needs a newer matchboard))"),
    "an older format": ({"/api/board.json": (200, _manifest(format=0))},
                        "reachable, not read ({url}api/board.json is in format 0; this board reads format 1 only (the "
                        "partner needs a newer matchboard))"),
    "a format as text": ({"/api/board.json": (200, _manifest(format="1"))},
                         'reachable, not read ({url}api/board.json gives `format` as "1"; a manifest says '
                         '"format": 1)'),
    "a format with a fraction": ({"/api/board.json": (200, _manifest(format=1.1))},
                                 'reachable, not read ({url}api/board.json gives `format` as 1.1; a manifest says '
                                 '"format": 1)'),
    "no export": ({"/api/board.json": (200, _manifest())},
                  "reachable, not read ({url}api/listings.json answered 404 Not Found)"),
    "an object of listings": ({"/api/board.json": (200, _manifest()), "/api/listings.json": (200, b"{}")},
                              "reachable, not read ({url}api/listings.json is not a list of listings)"),
    "a redirect loop": ({"/api/board.json": (302, b"/api/board.json")},
                        "not reachable ({url}api/board.json redirects more than 3 times, or in a loop)"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(STATES))
def test_a_partner_answering_what_cannot_be_used_is_reachable_but_not_read(case: str, tmp_path: Path) -> None:
    routes, said = STATES[case]
    with serving(answers(routes)) as url:
        config = board_config(tmp_path, "Own", [{"name": "P", "url": url}])
        shown = run_cli("partners", "--config", str(config), "--build", str(tmp_path / "build"))
    assert shown.status == 0, shown.err
    assert shown.out == f"P {url}: {said.format(url=url)}; no copy yet\n"


def test_a_copy_that_cannot_be_kept_is_a_warning_never_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "partners").write_text("a file where the copies go", encoding="utf-8")
    with serving(answers({"/api/board.json": (200, _manifest()), "/api/listings.json": (200, b"[]")})) as url:
        network = fetch_partners((Partner("P", url),), tmp_path / "build", TODAY)
        config = board_config(tmp_path, "Own", [{"name": "P", "url": url}])
        shown = run_cli("partners", "--config", str(config), "--build", str(tmp_path / "build"))
    folder = copy_folder(tmp_path / "build", Partner("P", url))
    assert network.warnings == (
        f"partner 'P' ({url}): its copy cannot be kept in {folder} (Not a directory); a build while it is away has "
        "no copy",
    )
    assert shown.status == 0, shown.err
    assert shown.out.startswith(f"P {url}: reachable, format 1, 0 listings, copy of ")


def test_a_redirect_off_the_partners_site_is_not_followed(tmp_path: Path) -> None:
    # The manifest's exports must stay on the partner's site; a redirect must not take the fetch elsewhere either.
    with serving(answers({"/l.json": (200, b"[]")})) as elsewhere:
        routes = {"/api/board.json": (200, _manifest()), "/api/listings.json": (302, f"{elsewhere}l.json".encode())}
        with serving(answers(routes)) as url:
            network = fetch_partners((Partner("P", url),), tmp_path, TODAY)
    (state,) = network.states
    assert state.reachable
    assert state.problem == (f"{url}api/listings.json is redirected to {elsewhere}l.json, another site; name the "
                             "partner by the address it moved to")  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("http://p.example/board/", "https://p.example/board/", True),  # a host moving to https: followed
        ("https://p.example/", "https://P.example/api/", True),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/b", True),
        ("https://p.example/", "https://p.example:8443/", False),  # another port is another site
        ("http://p.example:8080/", "https://p.example/", False),
        ("https://p.example/", "http://p.example/", False),
        ("https://p.example/", "https://www.p.example/", False),
        ("https://p.example/", "https://p.example:x/", False),
    ],
)
def test_a_redirect_is_followed_on_the_same_site_only(old: str, new: str, same: bool) -> None:
    from generator.network.fetch import _same_site

    assert _same_site(old, new) is same
