"""The `matchboard new` command: a listing file from flags or from questions at the terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.cli import options
from generator.contribute import scaffold
from generator.core import dates, vocab
from generator.core.slugs import new_id

Ask = Callable[[str], str]

# flag name -> (path in the document, is a list)
FIELDS: dict[str, tuple[tuple[str, ...], bool]] = {
    "type": (("type",), False),
    "category": (("category",), False),
    "title": (("title",), False),
    "summary": (("summary",), False),
    "description": (("description",), False),
    "language": (("language",), False),
    "org-name": (("organisation", "name"), False),
    "country": (("organisation", "country"), False),
    "region": (("organisation", "region"), False),
    "size": (("organisation", "size"), False),
    "website": (("organisation", "website"), False),
    "anonymous": (("organisation", "anonymous"), False),
    "sectors": (("sectors",), True),
    "keywords": (("keywords",), True),
    "partnership": (("partnership",), True),
    "trl": (("trl",), False),
    "contact-name": (("contact", "name"), False),
    "contact-email": (("contact", "email"), False),
    "contact-url": (("contact", "url"), False),
}


def add_command(commands: options.SubParsers) -> None:
    """Register `new`: every field as a flag; missing required ones are asked for at a terminal."""
    sub = options.add_command(
        commands,
        "new",
        "Write a new listing file, checked before it is written. Missing fields are asked for.",
        'matchboard new --type offer --category technology --title "Laser micro-welding of steel parts" ...',
        run,
    )
    options.add_listings_option(sub)
    options.add_today_option(sub)
    sub.add_argument("--id", help="listing id (default: made from the title)")
    for flag, (path, is_list) in FIELDS.items():
        spec = vocab.field_schema(path)
        hint = f"{spec.get('description', '')}{' Comma-separated.' if is_list else ''}"
        if flag == "anonymous":
            sub.add_argument("--anonymous", action="store_true", default=None, help=hint)
        else:
            sub.add_argument(f"--{flag}", help=hint)
    sub.add_argument("--published", help="YYYY-MM-DD (default: today)")
    sub.add_argument("--expires", help="YYYY-MM-DD (default: 365 days after published)")
    sub.add_argument("--no-input", action="store_true", help="never ask; fail if a required field is missing")


def run(args: argparse.Namespace) -> int:
    """Gather answers, check the listing, and write it under the listings folder."""
    values = {flag: getattr(args, flag.replace("-", "_")) for flag in FIELDS}
    interactive = not args.no_input and sys.stdin.isatty()
    missing = [flag for flag in FIELDS if values[flag] is None and vocab.is_required(FIELDS[flag][0])]
    if missing and not interactive:
        print("matchboard new: error: missing " + ", ".join(f"--{m}" for m in missing), file=sys.stderr)
        return 1
    for flag in missing:
        values[flag] = ask_field(flag, input)
    answers = _answers(values)
    answers["published"], answers["expires"] = scaffold.default_dates(
        dates.build_date(args.today), args.published, args.expires
    )
    answers["id"] = args.id or new_id(str(answers.get("title", "")))
    return _write(answers, Path(args.listings))


def _board_schema(listings: Path) -> Path:
    """Return where a board keeps its schema: schema/ beside its listings folder."""
    return listings.resolve().parent / "schema" / "listing.schema.json"


def ask_field(flag: str, ask: Ask) -> str:
    """Ask for one field until the answer is not empty, showing its help and allowed values."""
    spec = vocab.field_schema(FIELDS[flag][0])
    options = spec.get("enum") or spec.get("items", {}).get("enum")
    print(f"\n{spec.get('title', flag)}: {spec.get('description', '')}")
    if options and len(options) <= 12:
        print("  one of: " + ", ".join(options))
    answer = ""
    while not answer.strip():
        answer = ask(f"{flag}> ")
    return answer.strip()


def _answers(values: dict[str, Any]) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for flag, value in values.items():
        if value is None:
            continue
        path, is_list = FIELDS[flag]
        if is_list:
            value = [item.strip() for item in str(value).split(",") if item.strip()]
        elif flag == "trl":
            value = int(value) if str(value).strip().isdigit() else value
        elif flag == "description":
            value = str(value).replace("\\n", "\n").strip() + "\n"
        target = answers
        for key in path[:-1]:
            target = target.setdefault(key, {})
        target[path[-1]] = value
    return answers


def _write(answers: dict[str, Any], listings: Path) -> int:
    doc = scaffold.listing_document(answers)
    if not doc.get("id"):  # a title of punctuation or emoji leaves no letters to make the id from
        print("matchboard new: error: cannot make an id from this title; give one with --id", file=sys.stderr)
        return 1
    target = listings / f"{doc.get('type', 'listing')}s" / f"{doc['id']}.yaml"
    text = scaffold.listing_text(doc, scaffold.schema_reference(target, _board_schema(listings)))
    problems = scaffold.check_text(text, target.stem)
    for line, col, message in problems:
        print(f"{target}:{line}:{col}: error: {message}", file=sys.stderr)
    if problems:
        print("nothing written; correct the values above and run the command again", file=sys.stderr)
        return 1
    if target.exists():
        print(f"matchboard new: error: {target} already exists; choose another --id", file=sys.stderr)
        return 1
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as err:  # --listings is a file, or a folder in the way is one
        print(f"matchboard new: error: cannot write {target}: {err.strerror}", file=sys.stderr)
        return 1
    print(target)
    return 0
