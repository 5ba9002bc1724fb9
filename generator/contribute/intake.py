"""Issue-form submissions -> listing files: GitHub's issue body parsed back into the form's fields."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.contribute import scaffold
from generator.contribute.forms import Field, fields
from generator.core import place_names
from generator.core.i18n import N_
from generator.core.slugs import new_id

MAX_BODY = 256 * 1024
MAX_COMMENT = 60_000  # characters; GitHub refuses comments over 65,536
CONSENT_LABEL = N_("Publication")  # the issue form's heading stays English; the web form shows it translated
NO_ANSWER = {"_No response_", "None", ""}


@dataclass(frozen=True)
class Submission:
    """What an issue holds: the listing file to write, or the problems to tell the submitter."""

    path: Path | None
    text: str | None
    problems: tuple[str, ...]


def parse_body(body: str) -> dict[str, str | None]:
    """Return form label -> answer from an issue body (`### Label`, blank line, answer).

    Headings are matched from the end, each the last one before the next: a `### Label`
    line typed inside an answer cannot move another field's answer.
    """
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    labels = [f.label for f in fields()] + [CONSENT_LABEL]
    answers: dict[str, str | None] = {}
    end = len(lines)
    for label in reversed(labels):
        heading = f"### {label}"
        start = next((i for i in range(end - 1, -1, -1) if lines[i].rstrip() == heading), None)
        if start is None:
            answers[label] = None
            continue
        value = "\n".join(lines[start + 1 : end]).strip()
        answers[label] = None if value in NO_ANSWER else value
        end = start
    return answers


def _checked(answer: str | None) -> bool:
    return bool(answer and re.search(r"^\s*- \[[xX]\]", answer, re.MULTILINE))


def _choice(f: Field, answer: str) -> str | None:
    for code, label in f.options:
        if answer.strip().casefold() in (code.casefold(), label.casefold()):
            return code
    return None


def _value(f: Field, answer: str | None, problems: list[str]) -> Any:
    """Turn one answer into the listing's value, noting answers that fit no option."""
    if f.kind == "checkbox":
        return _checked(answer) or None
    if answer is None:
        return None
    if f.kind == "dropdown":
        code = _choice(f, answer)
        if code is None:
            problems.append(f"**{f.label}**: {answer!r} is not one of the options")
        return int(code) if code and f.id == "trl" else code
    if f.kind == "multiple":
        if f.id == "sectors":
            return re.findall(r"\b[A-U][0-9]{2}\b", answer)
        chosen = [_choice(f, part) or part.strip() for part in answer.split(",") if part.strip()]
        return chosen
    if f.id == "keywords":
        return [k.strip() for k in re.split(r"[,\n]", answer) if k.strip()]
    return answer


def to_listing(answers: dict[str, str | None], number: int, today: dt.date) -> tuple[dict[str, Any], list[str]]:
    """Return the listing the answers describe, and the problems found while reading them."""
    problems: list[str] = []
    doc: dict[str, Any] = {}
    for f in fields():
        value = _value(f, answers.get(f.label), problems)
        if value is None:
            continue
        target = doc
        for key in f.path[:-1]:
            target = target.setdefault(key, {})
        target[f.path[-1]] = value
    _place_codes(doc.get("organisation", {}))
    if not _checked(answers.get(CONSENT_LABEL)):
        problems.append(f"**{CONSENT_LABEL}**: please tick the box to agree that the listing becomes public")
    slug = new_id(str(doc.get("title", "")))[:60].strip("-")
    doc["id"] = f"{slug or 'listing'}-{number}"
    doc["published"], doc["expires"] = scaffold.default_dates(today, None, None)
    return scaffold.listing_document(doc), problems


def _place_codes(organisation: dict[str, Any]) -> None:
    """Write the codes of a country and region given by name ("Deutschland", "Bavière"); leave the unknown as written.

    The checks then name what is still not a code, as for a listing file.
    """
    if isinstance(organisation.get("country"), str):
        organisation["country"] = place_names.country_code(organisation["country"]) or organisation["country"]
    if isinstance(organisation.get("region"), str):
        country = organisation.get("country")
        code = place_names.region_code(organisation["region"], country if isinstance(country, str) else None)
        organisation["region"] = code or organisation["region"]


# What an `issues` event may say happened for its issue to be read: the others (closed, deleted,
# transferred, locked, ...) end a submission, and a listing written then would outlive it.
READ_ACTIONS = ("opened", "edited", "reopened", "labeled", "unlabeled")


def read_event(path: Path) -> tuple[int, str]:
    """Return the issue number and body of a GitHub `issues` event file about an open issue."""
    event = json.loads(path.read_text(encoding="utf-8"))
    issue = event.get("issue") if isinstance(event, dict) else None
    if not isinstance(issue, dict):
        raise ValueError("the event holds no issue")
    if "comment" in event or "pull_request" in issue:  # issue_comment events carry the issue too
        raise ValueError("it is not an `issues` event (a comment, or a pull request's)")
    action = event.get("action")
    if action is not None and action not in READ_ACTIONS:
        raise ValueError(f"the issue was {str(action)[:40]!r}; only an opened or edited issue is read")
    if issue.get("state") == "closed":
        raise ValueError("the issue is closed; only an open issue is read")
    number = issue.get("number")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1:
        raise ValueError("the event holds no issue number")
    body = issue.get("body") or ""
    return number, body if isinstance(body, str) else ""


def submission(number: int, body: str, listings: Path, today: dt.date) -> Submission:
    """Return the listing file an issue body describes, checked, or the problems to fix."""
    if len(body.encode("utf-8")) > MAX_BODY:
        return Submission(None, None, (f"the issue is longer than {MAX_BODY // 1024} KiB; shorten the description",))
    doc, problems = to_listing(parse_body(body), number, today)
    if doc.get("type") not in ("need", "offer"):
        return Submission(None, None, tuple(problems or ["**Type**: choose Need or Offer"]))
    target = listings / f"{doc['type']}s" / f"{doc['id']}.yaml"
    problems += _taken(listings, target)
    text = scaffold.listing_text(doc)
    found = scaffold.check_text(text, target.stem)
    problems += [message for _, _, message in found]
    return Submission(None if problems else target, None if problems else text, tuple(problems))


def _taken(listings: Path, target: Path) -> list[str]:
    """Return a problem when a listing file of that name exists anywhere on the board: intake never replaces one."""
    existing = sorted(listings.rglob(target.name)) if listings.is_dir() else []
    if not existing:
        return []
    return [
        f"a listing file {existing[0].as_posix()} already exists; a submission never replaces a listing: "
        "to change a published listing, edit its file in a pull request"
    ]


def problems_comment(problems: tuple[str, ...]) -> str:
    """Return the comment that asks the submitter to edit the issue; their text is quoted, never Markdown."""
    items = "\n".join(f"- {p}" for p in problems)
    return (
        "Thank you! The listing needs a few changes before it can be published:\n\n"
        f"{fenced(items, MAX_COMMENT - 500)}\n\nEdit this issue to correct them; the check runs again after each edit."
    )


def fenced(text: str, limit: int) -> str:
    """Return text as a Markdown code block no text can close (a fence longer than any backtick run).

    Text beyond `limit` characters is left out, and a line after the block says how much.
    """
    shown = text if len(text) <= limit else text[:limit]
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", shown)), default=0))
    block = f"{fence}text\n{shown}\n{fence}"
    if len(shown) < len(text):
        block += f"\n\n({len(text) - len(shown):,} more characters of this list were left out.)"
    return block
