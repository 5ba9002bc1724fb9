"""Listing files on disk -> validated Listing records and every Problem found on the way."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from generator.check import rules
from generator.check.yamlread import YamlError, read_yaml
from generator.core import parallel
from generator.core.model import Contact, Listing, LoadResult, Organisation, Problem, Text
from generator.core.progress import SILENT, Progress

MAX_FILE_BYTES = 256 * 1024
SUFFIX = ".yaml"
KEEP = ".gitkeep"  # lets git keep an empty listings folder (a new board); never a listing


def load_listings(root: str | Path, progress: Progress = SILENT) -> LoadResult:
    """Read and check every file under `root`; one bad file never stops the others."""
    files: list[tuple[Path, str]] = []
    stray: list[Problem] = []
    for shown, path in _walk(Path(root), PurePosixPath(str(root))):
        if path.suffix == SUFFIX and not path.is_symlink() and path.is_file():  # not a pipe or device: it may never end
            files.append((path, shown))
        else:
            stray.append(_stray_problem(path, shown))
    with progress.stage("load and check", len(files) + len(stray), "files") as advance:
        found = parallel.fork_map(_load_pair, files, PARALLEL_FROM, done=lambda _: advance())
        advance(len(stray))
    id_places = {listing.path: place for listing, _, place in found if listing is not None}
    listings = [listing for listing, _, _ in found if listing is not None]
    problems = [p for _, ps, _ in found for p in ps] + stray + _duplicate_ids(listings, id_places)
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
        names = [n for n in filenames if n != KEEP] + [d for d in dirnames if (Path(dirpath) / d).is_symlink()]
        for name in sorted(names):
            yield str(shown / PurePosixPath(*relative.parts) / name), Path(dirpath) / name


def _stray_problem(path: Path, shown: str) -> Problem:
    if path.is_symlink():
        message = "symbolic links are not read; put the listing file itself here"
    elif not path.is_file():
        message = "not a regular file (a pipe or a device?); put the listing file itself here"
    elif path.name.lower() in (SUFFIX, ".yml"):  # Path(".yaml").suffix is "": a name that is all suffix
        message = "a listing file is named after its id, such as laser-welding.yaml; this file has no name"
    elif path.suffix.lower() in (SUFFIX, ".yml"):  # .yml, or .YAML from a system that ignores case
        case = "" if path.suffix == ".yml" else ", in lower case"
        message = f"listing files must end in .yaml{case}; rename it to {path.stem}.yaml"
    else:
        message = "only listing files (.yaml) belong under the listings folder; move or remove this file"
    return Problem(shown, 1, 1, message)


Loaded = tuple[Listing | None, list[Problem], tuple[int, int]]
PARALLEL_FROM = 2000  # files; below this, starting worker processes costs more than it saves (then: one core)


def _load_pair(file: tuple[Path, str]) -> Loaded:
    return _load_file(*file)


def _load_file(path: Path, shown: str) -> Loaded:
    """Read, parse, check and convert one file; say where its id stands for cross-file rules."""
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            message = f"file is {len(raw) // 1024} KiB; a listing file may be at most 256 KiB"
            return None, [Problem(shown, 1, 1, message)], (1, 1)
        text = _decode(raw)
        doc = read_yaml(text)
    except YamlError as err:
        return None, [Problem(shown, err.line, err.col, err.message)], (1, 1)
    except OSError as err:
        return None, [Problem(shown, 1, 1, f"cannot read the file: {err.strerror}")], (1, 1)
    found = rules.check_document(doc, path.stem)
    problems = [Problem(shown, line, col, message) for line, col, message in found]
    if problems:
        return None, problems, (1, 1)
    warnings = [Problem(shown, *doc.where(p), m, "warning") for p, m in rules.warnings(doc.data)]
    return to_listing(doc.data, shown), warnings, doc.where(("id",))


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
    """Convert a checked document into a Listing; text fields as the board keeps them (`rules.kept`)."""
    org = data["organisation"]
    kept = rules.kept
    contact = data.get("contact")
    return Listing(
        id=data["id"],
        type=data["type"],
        category=data["category"],
        title=kept(("title",), data["title"]),
        summary=kept(("summary",), data["summary"]),
        description=kept(("description",), data["description"]),
        language=data["language"],
        organisation=Organisation(
            name=kept(("organisation", "name"), org["name"]),
            country=org["country"],
            size=org["size"],
            anonymous=org.get("anonymous", False),
            region=org.get("region"),
            website=org.get("website"),
        ),
        sectors=tuple(data["sectors"]),
        keywords=tuple(kept(("keywords", i), k) for i, k in enumerate(data["keywords"])),
        partnership=tuple(data["partnership"]),
        published=dt.date.fromisoformat(data["published"]),
        expires=dt.date.fromisoformat(data["expires"]),
        renewed=dt.date.fromisoformat(data["renewed"]) if data.get("renewed") else None,
        translations=tuple(
            Text(lang, *(kept(("translations", lang, name), t[name]) for name in ("title", "summary", "description")))
            for lang, t in sorted((data.get("translations") or {}).items())
        ),
        path=path,
        trl=None if data.get("trl") is None else int(data["trl"]),
        contact=None if not contact else _contact(contact),
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


def _contact(contact: dict[str, Any]) -> Contact:
    name = contact.get("name")
    return Contact(None if name is None else rules.kept(("contact", "name"), name), contact.get("email"),
                   contact.get("url"))  # fmt: skip
