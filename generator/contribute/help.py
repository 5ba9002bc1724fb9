"""The submission forms' help, in plain words for the person posting; the schema's descriptions stay for developers.

The schema says what a value must be (`ISO 3166-1 alpha-2 code`, `true hides ...`); a small-business owner
needs to know what to answer. Both forms show these texts: the web form in the reader's language (the
catalogues), the GitHub issue form in English. Where the two forms ask differently (a picker on the web,
a text box on GitHub), ISSUE_HELP says it the issue form's way.
"""

from __future__ import annotations

from generator.core.i18n import N_

HELP = {
    "type": N_("Need: you are looking for a partner, a technology or a service. Offer: you provide one."),
    "category": N_(
        "Technology: a process, a product or know-how. Business: trade, distribution or services. "
        "Research: a research project or a research partner."
    ),
    "title": N_("One line that says what you need or offer, 10 to 120 characters."),
    "summary": N_("A few sentences shown in lists and search results, 30 to 500 characters."),
    "description": N_(
        "Everything a partner should know, 50 to 4,000 characters: what you need or offer, for whom, and what "
        "makes it special. Paragraphs, lists and links to web pages are fine; pictures are not."
    ),
    "language": N_("The language you write the title, summary and description in."),
    "organisation-name": N_("The name of your company or organisation, 2 to 120 characters."),
    "anonymous": N_(
        "Tick the box to hide your organisation's name and website on the board's pages. "
        "They stay in the listing file, which anyone can read."
    ),
    "country": N_("Where your organisation is based. Type part of the country's name and pick it in the list."),
    "region": N_(
        "Where in that country. Pick the country first, then type part of the region's name and pick it in the list."
    ),
    "size": N_("How big your organisation is, or whether it is a research organisation or a public body."),
    "website": N_("The full address of your website, starting with https://."),
    "sectors": N_("Choose 1 to 5 fields of activity your listing is about."),
    "keywords": N_("1 to 10 words or short phrases people would search for, separated by commas."),
    "partnership": N_("Choose 1 to 3 ways you would like to work with a partner."),
    "trl": N_(
        "How ready the technology is, from 1 (an idea being studied) to 9 (proven in real use). For an offer, "
        "the level you have reached; for a need, the lowest level you would accept."
    ),
    "contact-name": N_("The person or team to ask for."),
    "contact-email": N_("The address people can write to. It is published: a team address is better than your own."),
    "contact-url": N_("The full address of a contact form or profile page, starting with https://."),
    "published": N_("The day the listing appears on the board."),
    "expires": N_("The day the listing leaves the board: after it appears, and at most 366 days later."),
}

# The issue form has text boxes where the web form has pickers: there the person writes a name or the code
# (intake turns names into codes, generator/core/place_names.py).
ISSUE_HELP = {
    "country": "Where your organisation is based: the country's name in English, French, German, Italian or "
    "Slovenian, or its two-letter code (FR for France, DE for Germany, SI for Slovenia).",
    "region": "Where in that country: the region's official name, in the country's own language or "
    "in one of the board's (Bayern or Bavière, Lombardia, Tirol, Valais), or its code (DE-BY, IT-25, AT-7, CH-VS).",
}

# A checkbox's one option on the issue form (English: the web form sends it to tick the box there).
OPTIONS = {"anonymous": "Yes, hide the name and website on the board's pages"}
