"""Listings that arrive as JSON records (a partner's `api/listings.json`) -> checked Listing records."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.check import rules
from generator.check.load import to_listing
from generator.check.yamlread import Document
from generator.core.model import Listing

EXPORT_ONLY = ("url", "status")  # what an export adds to a listing file's fields


def check_record(record: Any, where: str, board: str) -> tuple[Listing | None, list[str]]:
    """Check one exported listing with the rules listing files follow; return (Listing or None, messages).

    `where` names the record in messages (a partner and an index); `board` is the partner's url,
    which the Listing keeps. Messages name the listing's id when it has one.
    """
    if not isinstance(record, dict):
        return None, [f"{where}: expected a listing (a JSON object), found {type(record).__name__}"]
    data = _as_file(record)
    listing_id = data.get("id")
    shown_id = listing_id if not isinstance(listing_id, str) or len(listing_id) <= 60 else listing_id[:57] + "..."
    name = f"{where} ({shown_id})" if isinstance(listing_id, str) else where  # an id of a megabyte: not in a log
    stem = listing_id if isinstance(listing_id, str) else ""  # a file's name is its id; a record has only the id
    found = rules.check_document(Document(data, values={(): (1, 1)}), stem)
    if found:
        return None, [f"{name}: {message}" for _, _, message in found]
    listing = dataclasses.replace(to_listing(data, f"{board}listings/{listing_id}/"), board=board)
    return listing, [f"{name}: {message}" for _, message in rules.warnings(data)]


def _as_file(record: dict[str, Any]) -> dict[str, Any]:
    """Return an exported record as the listing file it came from: no export fields, no empty values."""
    data = {k: v for k, v in record.items() if k not in EXPORT_ONLY and v is not None and v != {}}
    for group in ("organisation", "contact"):
        if isinstance(data.get(group), dict):
            data[group] = {k: v for k, v in data[group].items() if v is not None}
            if not data[group]:
                del data[group]
    return data
