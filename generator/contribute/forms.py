"""The submission form, derived from the schema: one list of fields for the issue form, the web form and intake."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import yaml

from generator.contribute.help import HELP, ISSUE_HELP, OPTIONS
from generator.core import vocab
from generator.core.i18n import N_

ISSUE_FORM = Path(".github") / "ISSUE_TEMPLATE" / "new-listing.yml"
INTAKE_LABEL = "new listing"
CONSENT = N_(
    "I understand that everything I submit becomes public on the board and in its repository, "
    "including any e-mail address."
)
DATE_PATHS = (("published",), ("expires",))  # asked by the web form only: intake dates an issue itself


# What GitHub reads from the address of a new issue (docs: "Creating an issue from a URL query").
GITHUB_PARAMETERS = frozenset({"title", "body", "labels", "assignees", "template", "milestone", "projects", "type"})


@dataclass(frozen=True)
class Field:
    """One question of the form and the schema field it fills."""

    id: str  # issue-form id and web-form name
    path: tuple[str, ...]  # where the answer goes in the listing
    kind: str  # input, textarea, dropdown, multiple, checkbox
    required: bool
    label: str
    help: str  # plain words for the person posting (help.py), not the schema's description
    options: tuple[tuple[str, str], ...] = ()  # (code, label)
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    placeholder: str = ""
    issue_help: str = ""  # the issue form's help, where it asks differently (a text box for a code)
    option: str = ""  # a checkbox's one option on the issue form

    @property
    def issue_id(self) -> str:
        """Return the field's id on the issue form: never one of GitHub's own query parameters for a new issue.

        The prefilled issue is a URL whose parameters are the fields' ids; `title` there is the issue's title,
        so the listing's title cannot be a field called `title`.
        """
        return f"listing-{self.id}" if self.id in GITHUB_PARAMETERS else self.id

    @property
    def issue_description(self) -> str:
        """Return the help the issue form shows."""
        return self.issue_help or self.help


def _options(vocabulary: str, with_codes: bool = False) -> tuple[tuple[str, str], ...]:
    labels = vocab.labels(vocabulary)
    return tuple((code, f"{code} {label}" if with_codes else label) for code, label in labels.items())


# (id, path, kind, options, placeholder): labels, help, limits and requiredness come from the schema.
LAYOUT: list[tuple[str, tuple[str, ...], str, tuple[tuple[str, str], ...], str]] = [
    ("type", ("type",), "dropdown", _options("types"), ""),
    ("category", ("category",), "dropdown", _options("categories"), ""),
    ("title", ("title",), "input", (), N_("Laser micro-welding of medical-grade stainless steel parts")),
    ("summary", ("summary",), "textarea", (), ""),
    ("description", ("description",), "textarea", (), ""),
    ("language", ("language",), "dropdown", _options("languages"), ""),
    ("organisation-name", ("organisation", "name"), "input", (), ""),
    ("anonymous", ("organisation", "anonymous"), "checkbox", (), ""),
    ("country", ("organisation", "country"), "input", (), "FR"),
    ("region", ("organisation", "region"), "input", (), "FR-ARA"),
    ("size", ("organisation", "size"), "dropdown", _options("sizes"), ""),
    ("website", ("organisation", "website"), "input", (), "https://"),
    ("sectors", ("sectors",), "multiple", _options("nace", with_codes=True), ""),
    ("keywords", ("keywords",), "input", (), N_("laser welding, stainless steel, medical devices")),
    ("partnership", ("partnership",), "multiple", _options("partnership"), ""),
    ("trl", ("trl",), "dropdown", tuple((str(n), str(n)) for n in range(1, 10)), ""),
    ("contact-name", ("contact", "name"), "input", (), ""),
    ("contact-email", ("contact", "email"), "input", (), ""),
    ("contact-url", ("contact", "url"), "input", (), "https://"),
]


def fields() -> list[Field]:
    """Return the form's fields in order: labels, limits and requiredness from the schema, help from help.py."""
    found = []
    for field_id, path, kind, options, placeholder in LAYOUT:
        spec = vocab.field_schema(path)
        limits = spec.get("items", spec) if kind != "multiple" else spec
        found.append(
            Field(
                id=field_id, path=path, kind=kind, required=vocab.is_required(path), label=spec["title"],
                help=HELP[field_id], issue_help=ISSUE_HELP.get(field_id, ""), option=OPTIONS.get(field_id, ""),
                options=options, min_length=limits.get("minLength"),
                max_length=limits.get("maxLength"), pattern=limits.get("pattern"), placeholder=placeholder,
            )
        )  # fmt: skip
    return found


def issue_form() -> dict[str, Any]:
    """Return the GitHub issue form for a new listing, generated from the schema."""
    body: list[dict[str, Any]] = [
        {
            "type": "markdown",
            "attributes": {
                "value": "Describe what your organisation needs or offers. A check turns your answers into a "
                "listing file and opens a pull request; if something needs fixing, it comments here and you "
                "can edit this issue. **Everything you write here is public.**"
            },
        }
    ]
    for f in fields():
        body.append(_issue_field(f))
    body.append({
        "type": "checkboxes",
        "id": "consent",
        "attributes": {"label": "Publication", "options": [{"label": CONSENT, "required": True}]},
    })  # fmt: skip
    return {
        "name": "New listing (need or offer)",
        "description": "Post a need or an offer on the board; it becomes a listing file through a pull request.",
        "title": "New listing: ",
        "labels": [INTAKE_LABEL],
        "body": body,
    }


def _issue_field(f: Field) -> dict[str, Any]:
    attributes: dict[str, Any] = {"label": f.label, "description": f.issue_description}
    if f.kind == "checkbox":
        attributes["options"] = [{"label": f.option}]
        return {"type": "checkboxes", "id": f.issue_id, "attributes": attributes}
    if f.kind in ("dropdown", "multiple"):
        attributes["options"] = [label for _, label in f.options]
        if f.kind == "multiple":
            attributes["multiple"] = True
        kind = "dropdown"
    else:
        kind = f.kind
        if f.placeholder:
            attributes["placeholder"] = f.placeholder
    return {"type": kind, "id": f.issue_id, "attributes": attributes, "validations": {"required": f.required}}


def issue_form_text() -> str:
    """Return the issue form as the YAML file committed under .github/ISSUE_TEMPLATE/."""
    header = (
        "# Generated from schema/listing.schema.json by `python -m generator.contribute.forms`; do not edit by hand.\n"
    )
    return header + yaml.safe_dump(issue_form(), sort_keys=False, allow_unicode=True, width=100)


def extract_schema(
    fileobj: IO[bytes], keywords: object, comment_tags: object, options: object
) -> Iterator[tuple[int, None, str, list[str]]]:
    """Yield the title of each field the forms ask, for `pybabel extract` (see babel.cfg).

    The schema is the source of the forms' labels, so its titles are translated like the templates'; its
    descriptions are for developers (the forms' help is help.py's) and stay out of the catalogues.
    """
    text = fileobj.read().decode("utf-8")
    document = json.loads(text)
    for path in [path for _, path, *_ in LAYOUT] + list(DATE_PATHS):
        spec = _spec_in(document, path)
        message = spec["title"]
        lineno = text.count("\n", 0, max(text.find(json.dumps(message)), 0)) + 1
        yield lineno, None, message, [f"{'.'.join(path)} (title) in the listing schema"]


def _spec_in(document: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    """Return the schema of a field in a schema document, a `$ref` to its `$defs` resolved."""
    spec = document
    for key in path:
        spec = spec["properties"][key]
        ref = spec.get("$ref", "")
        if ref.startswith("#/$defs/"):
            spec = {**document["$defs"][ref.removeprefix("#/$defs/")], **spec}
    return spec


if __name__ == "__main__":
    sys.stdout.write(issue_form_text())
