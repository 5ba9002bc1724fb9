"""The "About this board" page: what the board is, who runs it (the imprint) and what happens to personal data."""

from __future__ import annotations

from generator.check import rules
from generator.core.i18n import N_
from generator.core.settings import BoardSettings
from generator.render.contexts import AboutPage
from generator.render.templates import Renderer, front
from generator.render.views import obfuscated

PAGE = "about/index.md"
TITLE = N_("About this board")


def about_page(r: Renderer, settings: BoardSettings) -> None:
    """Render the About page: the board, the operator's imprint (or that none is given), the privacy notice."""
    operator, contact = settings.operator, settings.contact
    r.page(PAGE, "pages/about.md.j2", AboutPage(board_name=settings.name, intro=settings.intro,
           operator=operator, address_lines=operator.address.splitlines() if operator else [],
           operator_email=obfuscated(operator.email) if operator and operator.email else None,
           contact_email=obfuscated(contact.email) if contact and contact.email else None,
           contact_form=contact.form if contact else None,
           facilitator=bool(settings.facilitator), repository=settings.repository, max_days=rules.MAX_VALIDITY_DAYS,
           front=front(r._(TITLE), settings.intro)))  # fmt: skip
