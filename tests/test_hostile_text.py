"""Listing text written to hurt: addresses that make a regular expression crawl, text that hides a line break."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.core import vocab
from tests.conftest import CASES, ROOT

FULL = CASES / "valid" / "full-listing.yaml"
PROPS = vocab.schema()["properties"]
# The address patterns as format 1 first published them. Their `[^...]+\.[^...]+` let the first run
# give back dots one at a time, and the second try every length after each: a long run of dots took
# time growing with its square (a 250 KB address: minutes).
PUBLISHED = {
    "email": r'^[^@\s<>()\[\],;:"?]+@[^@\s<>()\[\],;:"?]+\.[^@\s<>()\[\],;:"?]+$',
    "website": r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$",
}
CURRENT = {
    "email": PROPS["contact"]["properties"]["email"]["pattern"],
    "website": PROPS["organisation"]["properties"]["website"]["pattern"],
}


def test_addresses_of_hundreds_of_kilobytes_are_refused_in_seconds(tmp_path: Path) -> None:
    board = tmp_path / "listings"
    board.mkdir()
    text = FULL.read_text(encoding="utf-8").replace("id: full-listing", "id: slow-addresses")
    text = text.replace("website: https://soudure-fine.example", 'website: "https://' + "." * 100_000 + ' "')
    text = text.replace("email: atelier@soudure-fine.example", 'email: "a@' + "." * 100_000 + ' "')
    (board / "slow-addresses.yaml").write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "generator", "validate", "--listings", str(board)]
    # Before the patterns were rewritten this took about three minutes on the 2-core machine.
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=60)
    website, email = "https://" + "." * 51, "a@" + "." * 57  # as far as a message shows a value
    assert done.stdout.splitlines() == [
        f"{board}/slow-addresses.yaml:20:12: error: `organisation.website` '{website} must be an absolute address "
        "starting with https:// or http://",
        f"{board}/slow-addresses.yaml:20:12: error: `organisation.website` is 100009 characters long; "
        "the maximum is 500",
        f"{board}/slow-addresses.yaml:29:10: error: `contact.email` '{email} is not an e-mail address (expected "
        "name@example.org: an address only, no ?query and no mailto:)",
        f"{board}/slow-addresses.yaml:29:10: error: `contact.email` is 100003 characters long; the maximum is 254",
        "1 file checked: 4 errors in 1 file, 0 warnings; 0 listings valid",
    ]
    assert done.returncode == 1


ADDRESS_TEXT = st.text(alphabet="ab.@ /?#:\nhtps", max_size=24)


@settings(max_examples=1000, deadline=None)
@given(ADDRESS_TEXT)
def test_the_address_patterns_accept_exactly_what_format_1_published(text: str) -> None:
    for name, published in PUBLISHED.items():
        for candidate in (text, "https://" + text, "a@" + text):
            before = re.search(published.removesuffix("$") + r"\Z", candidate) is not None
            assert (re.search(CURRENT[name].removesuffix("$") + r"\Z", candidate) is not None) == before, candidate
