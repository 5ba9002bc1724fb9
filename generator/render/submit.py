"""The "Submit" page: a web form built from the same fields as the issue form, with a live preview of the file.

Every question, label, help text, option and limit comes from `forms.fields()` (the schema and help.py); the
page's script (assets/submit.js) reads them back from the HTML, checks the answers as the person types, shows
the listing file and offers the ways out: a prefilled GitHub issue, a proposed file, or a download.

The page is in the reader's language, but what it sends to GitHub stays in the issue form's English (the
`data-issue-*` attributes): intake reads the issue by its English labels and options.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.check import characters, rules
from generator.contribute import forms, intake, scaffold
from generator.contribute.help import HELP
from generator.core import vocab
from generator.core.i18n import N_, Lang
from generator.core.model import Listing
from generator.core.settings import BoardSettings
from generator.render import places
from generator.render import templates as render
from generator.render.contexts import SubmitPage
from generator.render.submit_messages import script_messages
from generator.render.views import obfuscated

PAGE = "submit/index.md"
TITLE = N_("Submit a need or an offer")
LEAD = N_("Post a need or an offer: fill in the form, check the file, send it.")
TEMPLATE = "pages/submit.md.j2"
HTML_ID = "mb-f-"
# The vocabulary whose translated labels a list shows (sectors are NACE divisions, with their codes).
VOCABULARIES = {"type": "types", "category": "categories", "language": "languages", "size": "sizes",
                "partnership": "partnership"}  # fmt: skip
# How the browser offers each text field (keyboard, autofill): presentation only, the rules stay the schema's.
INPUT_TYPES = {"website": "url", "contact-url": "url", "contact-email": "email"}
AUTOCOMPLETE = {
    "organisation-name": "organization",
    "country": "country",
    "website": "url",
    "contact-name": "name",
    "contact-email": "email",
    "contact-url": "url",
}
PICKERS = {"country", "region"}  # a code picked by its name in the page's language (assets/picker.js)
CLASS_SYNTAX = set("(){}[]/|")  # must be escaped inside a character class of an HTML pattern (`v` flag)


@dataclass(frozen=True)
class Choice:
    """One option of a select or a checkbox list."""

    code: str
    label: str  # in the page's language
    html_id: str
    issue_label: str  # the issue form's English option, which the prefilled issue sends


@dataclass(frozen=True)
class Group:
    """Options under one heading (NACE sections for the sectors)."""

    label: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class FieldView:
    """One question of the web form, with what the template and the script need to know about it."""

    id: str  # the web form's name of the field
    html_id: str
    path: str  # dotted path in the listing, e.g. organisation.name
    control: str  # text, textarea, select, checkboxes, checkbox, date
    required: bool
    label: str  # the page's language, from here on
    label_in_sentence: str  # the label inside a message such as "Fill in the title."
    help: str
    placeholder: str = ""
    input_type: str = "text"
    autocomplete: str = ""
    choices: tuple[Choice, ...] = ()
    groups: tuple[Group, ...] = ()
    issue_id: str = ""  # the issue form's id: the query parameter that prefills it; "" for no question there
    in_issue: bool = True  # dates are not questions of the issue form: intake sets them
    option_label: str = ""  # a checkbox's option label on the issue form (English: it is sent)
    rows: int = 0  # height of a textarea
    attrs: dict[str, str] = field(default_factory=dict)  # HTML constraint attributes of the control
    data: dict[str, str] = field(default_factory=dict)  # data-* attributes read by submit.js

    @property
    def help_id(self) -> str:
        """The id of the help text, for aria-describedby."""
        return f"{self.html_id}-help"

    @property
    def error_id(self) -> str:
        """The id of the error message, for aria-describedby."""
        return f"{self.html_id}-error"


def html_pattern(pattern: str) -> str:
    """Return a schema pattern as an HTML `pattern` attribute, which browsers compile with the `v` flag.

    With that flag `(`, `)`, `/`, `{`, `}`, `[` and `|` must be escaped inside a character class; a pattern
    the browser cannot compile is ignored without a word.
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class and char == "]":
            out.append(char)
            in_class = False
        elif in_class and char in CLASS_SYNTAX:
            out.append("\\" + char)
        else:
            out.append(char)
            in_class = in_class or char == "["
    return "".join(out)


def _option_label(words: Lang, f: forms.Field, code: str, english: str) -> str:
    """Return an option as the page shows it: its vocabulary's label in the page's language."""
    if f.path == ("sectors",):
        return words.sector(code)
    vocabulary = VOCABULARIES.get(f.id)
    return words.label(vocabulary, code) if vocabulary else english


def _choices(f: forms.Field, words: Lang) -> tuple[Choice, ...]:
    return tuple(Choice(code, _option_label(words, f, code, label), f"{HTML_ID}{f.id}-{code}", label)
                 for code, label in f.options)  # fmt: skip


def _groups(f: forms.Field, choices: tuple[Choice, ...], words: Lang) -> tuple[Group, ...]:
    """Return the sectors under their NACE sections; other lists stay one group without heading."""
    if f.path != ("sectors",):
        return (Group("", choices),)
    sections: dict[str, list[Choice]] = {}
    for choice in choices:
        sections.setdefault(words.section(choice.code), []).append(choice)
    return tuple(Group(label, tuple(items)) for label, items in sections.items())


def _field_view(f: forms.Field, words: Lang) -> FieldView:
    spec = vocab.field_schema(f.path)
    value_type = str(spec.get("type", "string"))
    control = {"input": "text", "textarea": "textarea", "dropdown": "select", "multiple": "checkboxes"}.get(
        f.kind, "checkbox"
    )
    if f.id in PICKERS:
        control = "picker"
    attrs: dict[str, str] = {}
    data = {"value": value_type, "source": "code" if f.kind in ("dropdown", "multiple") else "text"}
    if value_type == "array":
        data.update(_list_limits(spec))
    else:
        if f.min_length is not None:
            attrs["minlength"] = str(f.min_length)
        if f.max_length is not None:
            attrs["maxlength"] = str(f.max_length)
        if f.pattern:
            attrs["pattern"] = html_pattern(f.pattern)
            data["pattern"] = f.pattern
    if control == "picker":
        attrs = {}  # a <select> takes no length or pattern; the picker only ever holds a code of its list
    if f.required and control in ("text", "textarea", "select", "picker"):
        attrs["required"] = "required"
    examples = spec.get("examples")
    if isinstance(examples, list) and examples:
        data["examples"] = ", ".join(str(x) for x in examples[:3])
    rows = 0
    if control == "textarea":
        rows = 12 if (f.max_length or 0) > 1000 else 4
    choices = _choices(f, words)
    label = words.gettext(f.label)  # the schema's words are in the catalogues (forms.extract_schema)
    return FieldView(
        id=f.id, html_id=f"{HTML_ID}{f.id}", path=".".join(f.path), control=control, required=f.required,
        label=label, label_in_sentence=words.in_sentence(label), help=words.gettext(f.help),
        placeholder=words.gettext(f.placeholder) if f.placeholder else "", input_type=INPUT_TYPES.get(f.id, "text"),
        autocomplete=AUTOCOMPLETE.get(f.id, ""), choices=choices,
        groups=_groups(f, choices, words) if control == "checkboxes" else (),
        option_label=f.option, attrs=attrs, data=data, issue_id=f.issue_id,
        rows=rows,
    )  # fmt: skip


def _list_limits(spec: dict[str, Any]) -> dict[str, str]:
    """Return the limits of a list field (how many items, and of each item) as data-* values."""
    data: dict[str, str] = {}
    items = spec.get("items", {})
    for key, name in (("minItems", "min-items"), ("maxItems", "max-items")):
        if key in spec:
            data[name] = str(spec[key])
    for key, name in (("minLength", "item-minlength"), ("maxLength", "item-maxlength"), ("pattern", "item-pattern")):
        if key in items:
            data[name] = str(items[key])
    if spec.get("uniqueItems") or "enum" not in items:
        data["unique"] = "true"  # the contract: keywords differ from each other ignoring case
    return data


def _date_view(path: tuple[str, ...], words: Lang) -> FieldView:
    spec = vocab.field_schema(path)
    name = path[-1]
    label = words.gettext(spec["title"])
    return FieldView(
        id=name, html_id=f"{HTML_ID}{name}", path=name, control="date", required=vocab.is_required(path),
        label=label, label_in_sentence=words.in_sentence(label), help=words.gettext(HELP[name]),
        input_type="date", in_issue=False,
        attrs={"required": "required"} if vocab.is_required(path) else {}, data={"value": "date", "source": "date"},
    )  # fmt: skip


def submit_page(r: render.Renderer, settings: BoardSettings, active: list[Listing]) -> None:
    """Render the Submit page (`submit/index.md`): the form, the live file preview and the ways out."""
    issue_form = forms.issue_form()
    repository = settings.repository.rstrip("/") if settings.repository else None
    template = forms.ISSUE_FORM.name
    order = list(scaffold.listing_document({key: key for key in vocab.schema()["properties"]}))
    words = r.lang
    contact = settings.contact
    r.page(PAGE, TEMPLATE, SubmitPage(
        fields=[_field_view(f, words) for f in forms.fields()],
        dates=[_date_view(path, words) for path in forms.DATE_PATHS],
        countries=places.countries(words),
        usual_countries=places.usual_countries((x.organisation.country for x in active), words),
        regions=places.REGIONS_DIR,
        repository=repository,
        branch=settings.branch,
        issue_template=template,
        issue_url=f"{repository}/issues/new?template={template}" if repository else None,
        issue_title=str(issue_form.get("title", "")),
        consent_label=words.gettext(intake.CONSENT_LABEL),
        consent=words.gettext(forms.CONSENT),
        consent_issue=forms.CONSENT,  # the issue form's option, as the prefilled issue ticks it
        messages=script_messages(words),
        order=order,
        default_days=scaffold.DEFAULT_DAYS,
        max_days=rules.MAX_VALIDITY_DAYS,
        refused=characters.js_patterns(),
        name_fields=characters.NAMES,
        contact_email=obfuscated(contact.email) if contact and contact.email else None,
        contact_form=contact.form if contact else None,
        front=render.front(r._(TITLE), r._(LEAD)),
    ))  # fmt: skip
