"""Listing files on disk -> validated Listing records and every Problem found on the way."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from . import rules
from .model import Contact, Listing, LoadResult, Organisation, Problem
from .yamlread import YamlError, read_yaml

MAX_FILE_BYTES = 256 * 1024
SUFFIX = ".yaml"


def load_listings(root: str | Path) -> LoadResult:
    """Read and check every file under `root`; one bad file never stops the others."""
    found: list[tuple[Listing | None, list[Problem]]] = []
    id_places: dict[str, tuple[int, int]] = {}
    stray: list[Problem] = []
    for shown, path in _walk(Path(root), PurePosixPath(str(root))):
        if path.suffix == SUFFIX and not path.is_symlink():
            found.append(_load_file(path, shown, id_places))
        else:
            stray.append(_stray_problem(path, shown))
    listings = [listing for listing, _ in found if listing is not None]
    problems = [p for _, ps in found for p in ps] + stray + _duplicate_ids(listings, id_places)
    bad = {p.path for p in problems if p.level == "error"}
    return LoadResult(
        listings=tuple(sorted((x for x in listings if x.path not in bad), key=lambda x: x.id)),
        problems=tuple(sorted(problems)),
        files_checked=len(found) + len(stray),
        files_with_errors=len(bad),
    )


def _walk(root: Path, shown: PurePosixPath) -> Iterator[tuple[str, Path]]:
    """Yield (path as shown to people, path) for every file, in a stable order."""
    if not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        relative = Path(dirpath).relative_to(root)
        for name in sorted(filenames + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]):
            yield str(shown / PurePosixPath(*relative.parts) / name), Path(dirpath) / name


def _stray_problem(path: Path, shown: str) -> Problem:
    if path.is_symlink():
        message = "symbolic links are not read; put the listing file itself here"
    elif path.suffix == ".yml":
        message = f"listing files must end in .yaml; rename it to {path.stem}.yaml"
    else:
        message = "only listing files (.yaml) belong under the listings folder; move or remove this file"
    return Problem(shown, 1, 1, message)


def _load_file(path: Path, shown: str, id_places: dict[str, tuple[int, int]]) -> tuple[Listing | None, list[Problem]]:
    """Read, parse, check and convert one file; note where its id stands for cross-file rules."""
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            return None, [
                Problem(shown, 1, 1, f"file is {len(raw) // 1024} KiB; a listing file may be at most 256 KiB")
            ]
        text = _decode(raw)
        doc = read_yaml(text)
    except YamlError as err:
        return None, [Problem(shown, err.line, err.col, err.message)]
    except OSError as err:
        return None, [Problem(shown, 1, 1, f"cannot read the file: {err.strerror}")]
    found = rules.check_document(doc, path.stem)
    problems = [Problem(shown, line, col, message) for line, col, message in found]
    if problems:
        return None, problems
    listing = to_listing(doc.data, shown)
    id_places[shown] = doc.where(("id",))
    return listing, [Problem(shown, *doc.where(p), m, "warning") for p, m in rules.warnings(doc.data)]


def _decode(raw: bytes) -> str:
    """Decode UTF-8 (a byte order mark is allowed) or say where the first bad byte is."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise YamlError(
            f"the file is not valid UTF-8 (byte 0x{raw[err.start]:02X}); save it as UTF-8", line, col
        ) from None


def to_listing(data: dict[str, Any], path: str) -> Listing:
    """Convert a checked document into a Listing; text fields lose surrounding white space."""
    org = data["organisation"]
    contact = data.get("contact")
    return Listing(
        id=data["id"],
        type=data["type"],
        category=data["category"],
        title=data["title"].strip(),
        summary=" ".join(data["summary"].split()),
        description=data["description"].strip() + "\n",
        language=data["language"],
        organisation=Organisation(
            name=org["name"].strip(),
            country=org["country"],
            size=org["size"],
            anonymous=org.get("anonymous", False),
            region=org.get("region"),
            website=org.get("website"),
        ),
        sectors=tuple(data["sectors"]),
        keywords=tuple(k.strip() for k in data["keywords"]),
        partnership=tuple(data["partnership"]),
        published=dt.date.fromisoformat(data["published"]),
        expires=dt.date.fromisoformat(data["expires"]),
        path=path,
        trl=None if data.get("trl") is None else int(data["trl"]),
        contact=None if not contact else Contact(contact.get("name"), contact.get("email"), contact.get("url")),
    )


def _duplicate_ids(listings: list[Listing], id_places: dict[str, tuple[int, int]]) -> list[Problem]:
    """Report every listing whose id another file under the board also uses, in each file."""
    by_id: dict[str, list[Listing]] = defaultdict(list)
    for listing in listings:
        by_id[listing.id].append(listing)
    return [
        Problem(
            x.path,
            *id_places[x.path],
            f"`id` {x.id!r} is also used by " + ", ".join(o.path for o in same if o is not x),
        )
        for same in by_id.values()
        if len(same) > 1
        for x in same
    ]
