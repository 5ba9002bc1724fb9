"""What the Submit page's script (assets/submit.js) says, in the page's language.

The script fills in `{name}` values. A message that counts has one form per CLDR plural category of the
language; the script picks one with `Intl.PluralRules`.
"""

from __future__ import annotations

from generator.core.i18n import Lang

Messages = dict[str, str | dict[str, str]]


def script_messages(words: Lang) -> Messages:
    """Return every message of the Submit page's script, by the name the script asks for."""
    return {**_problems(words), **_counted(words), **_status(words)}


def _problems(words: Lang) -> Messages:
    """Return what is wrong with an answer; {label} is the field's label as it reads inside a sentence."""
    _ = words.gettext
    return {
        "fieldProblem": _("{label}: {message}"),
        "consent": _("Tick the box to agree that the listing becomes public."),
        "chooseOne": _("Choose the {label}."),
        "fillIn": _("Fill in the {label}."),
        "character": _("Remove the hidden character {code}."),
        "chooseAtLeast": _("Choose at least {min}."),
        "giveAtLeast": _("Give at least {min}."),
        "atMost": _("Choose at most {max}: {count} now."),
        "itemPattern": _("“{item}” is not written as expected."),
        "sameItems": _("“{item}” and “{other}” are the same; keep one."),
        "url": _("Write the full address, starting with https:// (or http://)."),
        "email": _("Write an e-mail address such as name@example.org."),
        "pattern": _("This is not written as expected."),
        "patternExample": _("This is not written as expected: for example {examples}."),
        "html": _("No HTML such as {tag}: write Markdown (*emphasis*, - lists, [text](https://…))."),
        "image": _("No images: link to the picture instead."),
        "link": _("The link {link} must start with https://, http:// or mailto:."),
        "slug": _("Use at least 3 letters or digits of the Latin alphabet: they make the file name."),
        "country": _("{code} is not an ISO 3166-1 country code."),
        "region": _("{code} is not a region of {country}."),
        "pickFromList": _("Pick the {label} in the list: type part of its name, then choose it."),
        "suggestionList": _("{label}: suggestions"),
        "noSuggestion": _("Nothing found: try another spelling, or the name in English."),
        "date": _("Write a date such as 2026-11-26."),
        "dateAfter": _("Choose a date after the publication date {date}."),
    }


def _counted(words: Lang) -> Messages:
    """Return the messages whose words depend on a number, each in every plural form of the language."""
    return {
        "tooShort": words.plural_forms(
            "Write at least {min} character: {count} so far.",
            "Write at least {min} characters: {count} so far.",
        ),
        "tooShortItem": words.plural_forms(
            "Write at least {min} character for “{item}”: {count} so far.",
            "Write at least {min} characters for “{item}”: {count} so far.",
        ),
        "tooLong": words.plural_forms(
            "Keep it to {max} character: {count} now.",
            "Keep it to {max} characters: {count} now.",
        ),
        "tooLongItem": words.plural_forms(
            "Keep it to {max} character for “{item}”: {count} now.",
            "Keep it to {max} characters for “{item}”: {count} now.",
        ),
        "daysAfter": words.plural_forms(
            "At most {max} day after the publication date: {date} or earlier.",
            "At most {max} days after the publication date: {date} or earlier.",
        ),
        "keywords": words.plural_forms(
            "{count} keyword: {list}",
            "{count} keywords: {list}",
        ),
        "suggestions": words.plural_forms(
            "{count} suggestion: use the arrow keys to go through it.",
            "{count} suggestions: use the arrow keys to go through them.",
        ),
        "length": words.plural_forms(
            "{length} of {min} to {max} character",
            "{length} of {min} to {max} characters",
        ),
    }


def _status(words: Lang) -> Messages:
    """Return what the page says about the answers as a whole and the ways out."""
    _ = words.gettext
    return {
        "chosen": _("Chosen ({count} of at most {max}): {list}"),
        "noneChosen": _("None chosen yet."),
        "emptyPreview": _("(the file appears here as you answer)"),
        "ready": _("All answers are fine: choose how to send the file below."),
        "saved": _("Saved {file}."),
        "mailSubject": _("New listing for the board: {title}"),
        "mailIntro": _("Hello, please publish this listing on the board. The listing file:"),
        "copied": _("Copied: paste it into your message to the board."),
        "copyFailed": _("Your browser did not allow copying: select the text of the file above and copy it."),
    }
