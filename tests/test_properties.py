"""Property-based checks: listings built from the schema pass; mutations and noise give errors, never crashes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pycountry
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.check.load import load_listings
from generator.core import vocab

SCHEMA = vocab.schema()
PROPS = SCHEMA["properties"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Letters, digits, spaces and harmless punctuation: no Markdown link/HTML syntax, no line breaks.
TEXT_CHARS = st.characters(categories=["L", "N", "Zs"], exclude_characters="\x85\u2028\u2029") | st.sampled_from(
    list(".,;:-'\"?%&()/+=")
)


def _text(spec: dict[str, Any]) -> st.SearchStrategy[str]:
    """Text within the schema's length limits, not starting or ending with white space."""
    low, high = spec.get("minLength", 1), min(spec.get("maxLength", 200), 400)
    return st.text(TEXT_CHARS, min_size=low, max_size=high).filter(lambda s: s == s.strip() and len(s) >= low)


def _enum_list(spec: dict[str, Any]) -> st.SearchStrategy[list[str]]:
    return st.lists(
        st.sampled_from(spec["items"]["enum"]), min_size=spec["minItems"], max_size=spec["maxItems"], unique=True
    )


@st.composite
def listings(draw: st.DrawFn) -> dict[str, Any]:
    """Draw a listing that follows the schema and the contract's other rules."""
    org_spec = PROPS["organisation"]["properties"]
    country = draw(st.sampled_from(["FR", "IT", "DE", "AT", "SI", "CH", "NO", "LI", "MC"]))
    subdivisions = pycountry.subdivisions.get(country_code=country) or []  # type: ignore[no-untyped-call]
    regions: list[str] = sorted(s.code for s in subdivisions)
    published = draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)))
    kw_spec = PROPS["keywords"]
    keywords = draw(
        st.lists(
            _text(kw_spec["items"]),
            min_size=kw_spec["minItems"],
            max_size=kw_spec["maxItems"],
            unique_by=lambda k: " ".join(k.casefold().split()),
        )
    )
    listing: dict[str, Any] = {
        "id": draw(st.from_regex(r"\A[a-z0-9]{3,20}(-[a-z0-9]{1,10}){0,3}\Z")),
        "type": draw(st.sampled_from(PROPS["type"]["enum"])),
        "category": draw(st.sampled_from(PROPS["category"]["enum"])),
        "title": draw(_text(PROPS["title"])),
        "summary": draw(_text(PROPS["summary"])),
        "description": draw(_text(PROPS["description"])),
        "language": draw(st.sampled_from(PROPS["language"]["enum"])),
        "organisation": {
            "name": draw(_text(org_spec["name"])),
            "country": country,
            "size": draw(st.sampled_from(org_spec["size"]["enum"])),
        },
        "sectors": draw(_enum_list(PROPS["sectors"])),
        "keywords": keywords,
        "partnership": draw(_enum_list(PROPS["partnership"])),
        "published": published.isoformat(),
        "expires": (published + dt.timedelta(days=draw(st.integers(1, 366)))).isoformat(),
    }
    if draw(st.booleans()) and regions:
        listing["organisation"]["region"] = draw(st.sampled_from(regions))
    if draw(st.booleans()):
        listing["trl"] = draw(st.integers(1, 9))
    return listing


def _write(board: Path, name: str, content: str | bytes) -> Path:
    board.mkdir(exist_ok=True)
    for old in board.iterdir():
        old.unlink()
    path = board / f"{name}.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@SETTINGS
@given(listing=listings())
def test_listing_built_from_schema_is_valid(listing: dict[str, Any], tmp_path: Path) -> None:
    _write(tmp_path / "b", listing["id"], yaml.safe_dump(listing, allow_unicode=True, sort_keys=False))
    result = load_listings(tmp_path / "b")
    assert result.problems == ()
    assert [x.id for x in result.listings] == [listing["id"]]


MUTATIONS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True),
    st.text(max_size=50),
    st.lists(st.text(max_size=5), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@SETTINGS
@given(listing=listings(), data=st.data())
def test_mutated_listing_gives_errors_never_exceptions(listing: dict[str, Any], data: Any, tmp_path: Path) -> None:
    field = data.draw(st.sampled_from([*listing, "organisation.country", "organisation.name", "extra"]))
    value = data.draw(MUTATIONS)
    if field.startswith("organisation."):
        listing["organisation"][field.split(".")[1]] = value
    elif data.draw(st.booleans()) and field in listing:
        del listing[field]
    else:
        listing[field] = value
    # A mutated id may hold what no file name can (NUL, "/"): such a listing is written as x.yaml.
    given = listing.get("id")
    name = given if isinstance(given, str) and re.fullmatch(r"[\w-]{1,100}", given) else "x"
    _write(tmp_path / "b", name, yaml.safe_dump(listing, allow_unicode=True))
    result = load_listings(tmp_path / "b")
    assert len(result.listings) + len({p.path for p in result.problems if p.level == "error"}) == 1
    assert all(p.line >= 1 and p.col >= 1 and p.message for p in result.problems)


YAMLISH = st.lists(
    st.sampled_from(
        [
            "id: ",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ": ",
            "&a ",
            "*a ",
            "!!str ",
            "!x ",
            "\n",
            "  ",
            "---\n",
            "'",
            '"',
            "|\n",
            ">-\n",
            "#",
            "\t",
            "title",
            "NO",
            "2026-01-01",
            "\ufeff",
            "\x00",
            "é",
            "\r\n",
        ]
    ),
    max_size=40,
).map("".join)


@SETTINGS
@given(content=st.binary(max_size=400) | YAMLISH.map(lambda s: s.encode("utf-8")))
def test_random_bytes_give_errors_never_exceptions(content: bytes, tmp_path: Path) -> None:
    _write(tmp_path / "b", "noise", content)
    result = load_listings(tmp_path / "b")
    assert result.listings == ()
    assert result.problems
    assert all(p.path.endswith("noise.yaml") for p in result.problems)
