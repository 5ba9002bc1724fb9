"""Who runs the board and how to reach it: `extra.board.contact` and `extra.board.operator`, checked once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
WEB = re.compile(r"^https?://[^\s<>\"]+$")


class ContactError(ValueError):
    """A contact or operator setting the board cannot use; the message names it."""


@dataclass(frozen=True)
class Contact:
    """How people without a GitHub account reach the board: an e-mail address, the agency's own form, or both."""

    email: str | None = None
    form: str | None = None  # the address of the agency's own web form


@dataclass(frozen=True)
class Operator:
    """Who runs the board, for the imprint of the About page."""

    name: str
    address: str  # postal address, lines separated by newlines
    email: str | None = None
    web: str | None = None
    registration: str | None = None  # e.g. "Company register: Innsbruck FN 123456a, VAT ATU12345678"


def contact(raw: Any) -> Contact | None:
    """Return the board's contact from `extra.board.contact`: an e-mail address, or {email:, form:}."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        raw = {"email": raw}
    if not isinstance(raw, dict) or set(raw) - {"email", "form"}:
        raise ContactError("extra.board.contact must be an e-mail address, or `email:` and/or `form:` (a web address)")
    found = Contact(email=email("contact.email", raw.get("email")), form=_web("contact.form", raw.get("form")))
    if not found.email and not found.form:
        raise ContactError("extra.board.contact needs an `email:` or a `form:` address")
    return found


def operator(raw: Any) -> Operator | None:
    """Return who runs the board from `extra.board.operator`: name and postal address at least."""
    if raw is None or raw == "":
        return None
    known = {"name", "address", "email", "web", "registration"}
    if not isinstance(raw, dict) or set(raw) - known:
        raise ContactError(f"extra.board.operator must be a group of settings: {', '.join(sorted(known))}")
    return Operator(
        name=_text("operator.name", raw.get("name"), required=True),
        address=_text("operator.address", raw.get("address"), required=True),
        email=email("operator.email", raw.get("email")),
        web=_web("operator.web", raw.get("web")),
        registration=_text("operator.registration", raw.get("registration")) or None,
    )


def _text(name: str, value: Any, required: bool = False) -> str:
    if value is None or value == "":
        if required:
            raise ContactError(f"extra.board.{name} is missing")
        return ""
    if not isinstance(value, str):
        raise ContactError(f"extra.board.{name} is {value!r}; it must be text")
    return value.strip()


def email(name: str, value: Any) -> str | None:
    """Return an e-mail address setting (`extra.board.<name>`), or None when it is not given."""
    text = _text(name, value)
    if text and not EMAIL.match(text):
        raise ContactError(f"extra.board.{name} is {text!r}; it must be an e-mail address such as board@agency.example")
    return text or None


def _web(name: str, value: Any) -> str | None:
    text = _text(name, value)
    if text and not WEB.match(text):
        raise ContactError(f"extra.board.{name} is {text!r}; it must be a web address starting with https://")
    return text or None
