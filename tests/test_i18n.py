"""The board in five languages: complete catalogues, labels from data, reasons in the reader's language."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from generator.core import i18n
from generator.core.languages import LANGUAGES
from generator.core.settings import SettingsError, board_settings
from tests.conftest import ROOT

LOCALE = i18n.LOCALE_DIR
TRANSLATED = [code for code in LANGUAGES if code != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}|</?[a-z]+")


def _catalogue(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def _ids(catalogue: Catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The messages the code and the templates use today, extracted as `make translations` does."""
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    pybabel = Path(sys.executable).parent / "pybabel"
    subprocess.run([str(pybabel), "-q", "extract", "-F", str(LOCALE / "babel.cfg"), "-k", "N_",
                    "-k", "plural_forms:1,2", "--no-location", "-o", str(pot), "."], cwd=ROOT, check=True)  # fmt: skip
    return _catalogue(pot)


def test_the_template_catalogue_is_up_to_date(extracted: Catalog) -> None:
    committed = _catalogue(LOCALE / "messages.pot")
    missing, stale = _ids(extracted) - _ids(committed), _ids(committed) - _ids(extracted)
    assert (sorted(missing), sorted(stale)) == ([], []), "run `make translations` and translate the new messages"


def _problems(message: Message) -> list[str]:
    ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
    strings = (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
    if message.fuzzy:
        return [f"fuzzy: {ids[0]!r}"]
    found = [f"untranslated: {ids[0]!r}" for s in strings if not s.strip()]
    expected = [sorted(PLACEHOLDER.findall(i)) for i in ids]
    found += [f"placeholders differ: {ids[0]!r} -> {s!r}" for s in strings
              if s.strip() and sorted(PLACEHOLDER.findall(s)) not in expected]  # fmt: skip
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str, extracted: Catalog) -> None:
    catalogue = _catalogue(LOCALE / language / "LC_MESSAGES" / "messages.po", language)
    assert sorted(_ids(extracted) - _ids(catalogue)) == [], "run `make translations` and translate the new messages"
    problems = [p for m in catalogue if m.id for p in _problems(m)]
    assert problems == []
    assert not catalogue.obsolete, "obsolete messages: remove them (`make translations` marks them with #~)"


def _usable(message: Message) -> list[str]:
    """Return what breaks when a translation is filled in as the pages fill it in."""
    ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
    strings = (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
    names = set(re.findall(r"%\((\w+)\)s|\{(\w+)\}", " ".join(ids)))
    values = {name: "x" for pair in names for name in pair if name}
    problems = []
    for text in strings:
        try:
            if "%(" in ids[0]:
                text % values  # templates: Jinja's new-style gettext
            elif "{" in ids[0]:
                text.format(**values)  # Python: Renderer._, Lang.clause, the scripts' messages
            elif set(text) & set("{}%"):
                problems.append(f"stray {{, }} or % (write %% for a percent sign): {text!r}")
        except (KeyError, ValueError, IndexError, TypeError) as err:
            problems.append(f"{ids[0]!r} -> {text!r}: {err}")
    return problems


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_can_be_filled_in(language: str) -> None:
    catalogue = _catalogue(LOCALE / language / "LC_MESSAGES" / "messages.po", language)
    assert [p for m in catalogue if m.id for p in _usable(m)] == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalogues_compile_and_plurals_follow_each_language(language: str) -> None:
    words = i18n.lang(language)
    assert words.gettext("Needs") != "Needs"
    forms = [i18n.catalogue(language).plural(n) for n in (0, 1, 2, 3, 5, 101)]  # type: ignore[attr-defined]
    assert forms == {"fr": [0, 0, 2, 2, 2, 2], "de": [1, 0, 1, 1, 1, 1], "it": [2, 0, 2, 2, 2, 2],
                     "sl": [3, 0, 1, 2, 3, 0]}[language]  # fmt: skip
    assert words.ngettext("%(count)s value", "%(count)s values", 2) != "%(count)s values"


def test_labels_come_from_pycountry_and_the_vocabulary_files() -> None:
    fr, de, it, sl = (i18n.lang(code) for code in ("fr", "de", "it", "sl"))
    assert (fr.country("AT"), de.country("FR"), it.country("SI"), sl.country("IT")) == (
        "Autriche", "Frankreich", "Slovenia", "Italija")  # fmt: skip
    assert i18n.ENGLISH.country("AT") == "Austria"
    assert fr.region("IT-25") == "Lombardie"
    assert de.sector("C25").startswith("C25 Herstellung von Metallerzeugnissen")
    assert it.label("partnership", "subcontracting") == "Subfornitura"
    assert fr.label("types", "need") == "Demande"
    assert fr.country("XX") == "XX"


def test_a_board_offers_only_languages_it_has_catalogues_for(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("extra:\n  board:\n    language: de\n    languages: [en, fr]\n", encoding="utf-8")
    assert board_settings(config).languages == ("de", "en", "fr")
    config.write_text("extra:\n  board:\n    languages: [en, es]\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"extra\.board\.languages is 'es'; the board's languages are en, fr, de"):
        board_settings(config)
    config.write_text("extra:\n  board:\n    language: EN\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"extra\.board\.language is 'EN'"):
        board_settings(config)


CROSS = ROOT / "tests" / "boards" / "crosslang"  # a frozen part of the demo board: pairs across languages
CROSS_GOLDEN = ROOT / "tests" / "boards" / "crosslang.reasons.json"


def test_cross_language_matches_are_explained_in_the_readers_language(tmp_path: Path) -> None:
    """The pairs and their reasons in each language are pinned; shared concepts are named in the reader's words."""
    import datetime as dt
    import json
    import os

    from generator.check.load import load_listings
    from generator.core.settings import MatchSettings
    from generator.match.board import compute_board

    board = compute_board(load_listings(CROSS), dt.date(2026, 11, 26), MatchSettings(), tmp_path)
    shown = {f"{m.need} -> {m.offer} ({m.score})": {code: [i18n.lang(code).reason(r) for r in m.reasons if r.score > 0]
             for code in LANGUAGES} for m in board.matches}  # fmt: skip
    if os.environ.get("UPDATE_GOLDEN") == "1":
        CROSS_GOLDEN.write_text(json.dumps(shown, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert shown == json.loads(CROSS_GOLDEN.read_text(encoding="utf-8"))
    pair = ("distributeur-vins-savoie-allemagne-autriche", "vertrieb-alpenweine-sueddeutschland")
    wine = next(v for k, v in shown.items() if k.startswith(" -> ".join(pair)))
    assert wine["de"][0] == "inhaltlich sehr nah"
    assert wine["fr"][0] == "très proches par le sens"
    assert "gemeinsame Themen: Wein" in " / ".join(wine["de"])
    assert "thèmes communs : vin" in " / ".join(wine["fr"])
    assert "shared topics: wine" in " / ".join(wine["en"])
    match = next(m for m in board.matches if (m.need, m.offer) == pair)
    assert wine["en"] == [r.text for r in match.reasons if r.score > 0]  # as the command line and the exports say


def test_the_interface_speaks_the_languages_listings_may_be_written_in() -> None:
    from generator.core import vocab
    from generator.match import textanalysis

    catalogues = {folder.name for folder in (ROOT / "site_templates" / "locale").iterdir() if folder.is_dir()}
    assert set(LANGUAGES) == catalogues | {i18n.SOURCE_LANGUAGE} == set(vocab.labels("languages"))
    assert set(LANGUAGES) == set(textanalysis.BOARD_STOP_WORDS)  # every language's words are analysed


@pytest.mark.parametrize(
    ("code", "shown"),
    [("en", "November 26, 2026"), ("fr", "26 novembre 2026"), ("de", "26. November 2026"),
     ("it", "26 novembre 2026"), ("sl", "26. november 2026")],
)  # fmt: skip
def test_dates_are_written_as_each_language_writes_them(code: str, shown: str) -> None:
    assert i18n.lang(code).date("2026-11-26") == shown
