"""The forms' help is in plain words: no Markdown, no schema words, in every language and on the issue form.

A small-business owner reads "Tick the box to hide your organisation's name", not "**true** hides ...";
the schema keeps its descriptions for developers (docs/listing-format.md, validators).
"""

from __future__ import annotations

import html
import re

import pytest

from generator.contribute import forms
from generator.core import vocab
from generator.core.languages import LANGUAGES
from generator.core.settings import BoardSettings
from generator.render import submit
from generator.render import templates as render

# What the help must not show: Markdown markup, JSON Schema's words, the contract's codes and field paths.
UNPLAIN = {
    "Markdown emphasis": re.compile(r"\*\*|__|(?<!\w)[*_]\w"),
    "Markdown code": re.compile(r"`"),
    "Markdown link": re.compile(r"\]\("),
    "Markdown list or heading": re.compile(r"(?m)^\s*(?:[-+*]|#+)\s"),
    "schema word": re.compile(r"\b(?:true|false|null|string|array|enum|boolean|integer|object|regex|pattern)\b", re.I),
    "standard's jargon": re.compile(r"ISO ?3166|alpha-2|YYYY|Rev\. 2|upper case|minLength|maxLength", re.I),
    "field path": re.compile(r"\b(?:organisation|contact)\.[a-z]+\b"),
}
FIELDS = [f.id for f in forms.fields()] + [path[-1] for path in forms.DATE_PATHS]


def _problems(text: str) -> list[str]:
    return [f"{name}: {found.group(0)!r}" for name, rule in UNPLAIN.items() if (found := rule.search(text))]


def _help_on_page(language: str) -> dict[str, str]:
    """The help paragraph of each question as the Submit page in `language` shows it."""
    r = render.Renderer(BoardSettings(repository="https://github.com/agency/board", languages=LANGUAGES), language)
    submit.submit_page(r, r.settings, [])
    page = r.files[submit.PAGE]
    found = re.findall(r'<p class="mb-help" id="mb-f-([a-z-]+)-help">(.*?)</p>', page, re.S)
    return {field: html.unescape(text) for field, text in found}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("field", FIELDS)
def test_the_web_forms_help_is_in_plain_words(language: str, field: str) -> None:
    shown = _help_on_page(language)
    assert field in shown, f"no help for {field} on the {language} page"
    text = shown[field]
    assert text.strip(), f"empty help for {field} in {language}"
    assert _problems(text) == [], f"{language} {field}: {text}"


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_help_is_translated(language: str) -> None:
    english, translated = _help_on_page("en"), _help_on_page(language)
    same = [field for field in FIELDS if english[field] == translated[field]]
    assert same == [], f"help left in English on the {language} page: {same}"


@pytest.mark.parametrize("field", [f.id for f in forms.fields()])
def test_the_issue_forms_help_is_in_plain_words_and_agrees_with_the_web_form(field: str) -> None:
    by_id = {item.get("id"): item for item in forms.issue_form()["body"]}
    attributes = by_id[next(f.issue_id for f in forms.fields() if f.id == field)]["attributes"]
    texts = [attributes["description"], *(o["label"] for o in attributes.get("options", []) if isinstance(o, dict))]
    for text in texts:
        assert _problems(text) == [], f"{field}: {text}"
    f = next(f for f in forms.fields() if f.id == field)
    # The same help, except where the issue form asks for a code in a text box and the web form has a picker.
    assert attributes["description"] == (f.help if f.id not in ("country", "region") else f.issue_help)


def test_the_rules_catch_the_schemas_own_wording() -> None:
    schema_wording = [
        "true hides the organisation's name and website on the board.",
        "**true** hides the name",
        "ISO 3166-1 alpha-2 code in upper case, such as FR.",
        "Date of publication, YYYY-MM-DD.",
        "The value of `organisation.country`.",
        "1 to 5 NACE Rev. 2 divisions.",
    ]
    assert all(_problems(text) for text in schema_wording)


@pytest.mark.parametrize(
    "field", [f for f in forms.fields() if re.search(r"\d+ to [\d,]+ ", f.help)], ids=lambda f: f.id
)
def test_the_limits_the_help_states_are_the_schemas(field: forms.Field) -> None:
    """Help such as "10 to 120 characters" or "Choose 1 to 5" is written by hand: it must follow the schema."""
    low, high = (int(n.replace(",", "")) for n in re.search(r"(\d+) to ([\d,]+) ", field.help).groups())  # type: ignore[union-attr]
    if "characters" in field.help:
        assert (low, high) == (field.min_length, field.max_length), field.help
    else:
        spec = vocab.field_schema(field.path)
        assert (low, high) == (spec.get("minItems"), spec.get("maxItems")), field.help


def test_every_text_question_with_a_length_limit_states_it() -> None:
    """A single text answer with a real minimum says its limits (a list's items, such as keywords, say their count)."""
    single = [
        f for f in forms.fields() if f.kind in ("input", "textarea") and "items" not in vocab.field_schema(f.path)
    ]
    unstated = [f.id for f in single if (f.min_length or 0) > 1 and f.max_length
                and f"{f.min_length:,} to {f.max_length:,} characters" not in f.help]  # fmt: skip
    assert [f.id for f in single if (f.min_length or 0) > 1] == ["title", "summary", "description", "organisation-name"]
    assert unstated == []
