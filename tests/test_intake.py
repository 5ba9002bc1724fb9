"""Issue-form intake: GitHub's body format, hostile bodies, and the form generated from the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.contribute import forms, intake
from tests.conftest import ROOT, run_cli

TODAY = "2026-11-26"

ANSWERS = {
    "Type": "Offer",
    "Category": "Technology",
    "Title": "Laser micro-welding of medical-grade stainless steel parts",
    "Summary": "Small Savoie workshop offering pulsed-laser micro-welding of 316L and titanium parts.",
    "Description": "We weld small stainless-steel and titanium assemblies.\n\n- seams down to 0.05 mm\n- ISO 13485",
    "Language": "English",
    "Organisation name": "Soudure Fine Savoie SARL",
    "Anonymous": "- [ ] Yes, hide the name and website on the board's pages",
    "Country": "FR",
    "Region": "FR-ARA",
    "Size": "Small enterprise (10 to 49 people)",
    "Website": "https://soudure-fine.example",
    "Sectors": "C25 Manufacture of fabricated metal products, except machinery and equipment, C32 Other manufacturing",
    "Keywords": "laser welding, micro-welding, medical devices",
    "Partnership types": "Subcontracting, Manufacturing agreement",
    "Technology readiness level": "9",
    "Contact name": "_No response_",
    "Contact e-mail": "atelier@soudure-fine.example",
    "Contact page": "_No response_",
    "Publication": f"- [X] {forms.CONSENT}",
}


def body(answers: dict[str, str], newline: str = "\n") -> str:
    """Build an issue body the way GitHub renders an issue form."""
    parts = [f"### {label}\n\n{value}" for label, value in answers.items()]
    return "\n\n".join(parts).replace("\n", newline)


def test_labels_are_the_forms() -> None:
    assert list(ANSWERS) == [f.label for f in forms.fields()] + ["Publication"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_complete_submission_becomes_a_valid_file(newline: str, tmp_path: Path) -> None:
    import datetime as dt

    result = intake.submission(42, body(ANSWERS, newline), tmp_path / "listings", dt.date(2026, 11, 26))
    assert result.problems == ()
    assert (
        result.path
        == tmp_path / "listings" / "offers" / "laser-micro-welding-of-medical-grade-stainless-steel-parts-42.yaml"
    )
    data = yaml.safe_load(result.text or "")
    assert data["sectors"] == ["C25", "C32"]
    assert data["partnership"] == ["subcontracting", "manufacturing"]
    assert data["organisation"] == {"name": "Soudure Fine Savoie SARL", "country": "FR", "region": "FR-ARA",
                                    "size": "small", "website": "https://soudure-fine.example"}  # fmt: skip
    assert data["trl"] == 9
    assert data["contact"] == {"email": "atelier@soudure-fine.example"}
    assert (
        data["description"]
        == "We weld small stainless-steel and titanium assemblies.\n\n- seams down to 0.05 mm\n- ISO 13485"
    )


@pytest.mark.parametrize(
    ("country", "region", "codes"),
    [
        ("Deutschland", "Bayern", ("DE", "DE-BY")),
        ("Allemagne", "Bavière", ("DE", "DE-BY")),
        ("  germany ", "by", ("DE", "DE-BY")),
        ("France", "auvergne rhone alpes", ("FR", "FR-ARA")),
        ("Italia", "Lombardia", ("IT", "IT-25")),
        ("Österreich", "Tirol", ("AT", "AT-7")),
        ("Švica", "Wallis", ("CH", "CH-VS")),
        ("uk", "_No response_", ("GB", None)),
        ("fr", "fr-ara", ("FR", "FR-ARA")),
    ],
)  # fmt: skip
def test_countries_and_regions_may_be_written_by_name(country: str, region: str, codes: tuple[str, str | None],
                                                      tmp_path: Path) -> None:  # fmt: skip
    import datetime as dt

    answers = {**ANSWERS, "Country": country, "Region": region}
    result = intake.submission(42, body(answers), tmp_path / "listings", dt.date(2026, 11, 26))
    assert result.problems == ()
    organisation = yaml.safe_load(result.text or "")["organisation"]
    assert (organisation["country"], organisation.get("region")) == codes


def test_a_region_of_another_country_is_named_as_before(tmp_path: Path) -> None:
    import datetime as dt

    answers = {**ANSWERS, "Country": "Italia", "Region": "Bayern"}
    result = intake.submission(42, body(answers), tmp_path / "listings", dt.date(2026, 11, 26))
    assert any("'Bayern'" in problem for problem in result.problems), result.problems


def _event(tmp_path: Path, number: int, text: str) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"action": "opened", "issue": {"number": number, "body": text}}), encoding="utf-8")
    return path


def test_intake_command_writes_the_file_and_prints_its_path(tmp_path: Path) -> None:
    result = run_cli("intake", "--event", str(_event(tmp_path, 7, body(ANSWERS))), "--today", TODAY, cwd=tmp_path)
    assert result.status == 0, result.out
    path = "listings/offers/laser-micro-welding-of-medical-grade-stainless-steel-parts-7.yaml"
    assert result.out == path + "\n"
    assert run_cli("validate", cwd=tmp_path).status == 0


def test_problems_are_listed_for_the_submitter(tmp_path: Path) -> None:
    answers = {**ANSWERS, "Title": "Too short", "Country": "Atlantis", "Publication": f"- [ ] {forms.CONSENT}"}
    result = run_cli("intake", "--event", str(_event(tmp_path, 8, body(answers))), "--today", TODAY, cwd=tmp_path)
    assert result.status == 1
    assert result.out.splitlines() == [
        "Thank you! The listing needs a few changes before it can be published:",
        "",
        "```text",
        "- **Publication**: please tick the box to agree that the listing becomes public",
        "- `title` is 9 characters long; the minimum is 10",
        "- `organisation.country` 'Atlantis' must be an ISO 3166-1 alpha-2 country code in upper case, "
        "like FR, IT, DE, AT, SI or CH",
        "```",
        "",
        "Edit this issue to correct them; the check runs again after each edit.",
    ]
    assert not (tmp_path / "listings").exists()


def test_empty_optional_fields_and_later_edits(tmp_path: Path) -> None:
    import datetime as dt

    answers = {**ANSWERS, "Region": "_No response_", "Website": "_No response_", "Technology readiness level": "None",
               "Contact e-mail": "_No response_"}  # fmt: skip
    first = intake.submission(9, body(answers), tmp_path, dt.date(2026, 11, 26))
    assert first.problems == ()
    data = yaml.safe_load(first.text or "")
    assert "region" not in data["organisation"]
    assert "trl" not in data
    assert "contact" not in data
    edited = intake.submission(9, body({**answers, "Region": "FR-ARA"}), tmp_path, dt.date(2026, 11, 27))
    assert edited.path == first.path  # same issue, same file
    assert yaml.safe_load(edited.text or "")["organisation"]["region"] == "FR-ARA"


def test_intake_never_replaces_a_listing_file(tmp_path: Path) -> None:
    path = tmp_path / "listings" / "needs" / "laser-micro-welding-of-medical-grade-stainless-steel-parts-7.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("someone else's listing\n", encoding="utf-8")
    result = run_cli("intake", "--event", str(_event(tmp_path, 7, body(ANSWERS))), "--today", TODAY, cwd=tmp_path)
    assert result.status == 1
    assert (
        "- a listing file listings/needs/laser-micro-welding-of-medical-grade-stainless-steel-parts-7.yaml already "
        "exists; a submission never replaces a listing: to change a published listing, edit its file in a pull request"
    ) in result.out.splitlines()
    assert path.read_text(encoding="utf-8") == "someone else's listing\n"
    assert not (tmp_path / "listings" / "offers").exists()


def test_submitter_text_in_a_comment_is_quoted_and_the_comment_is_bounded() -> None:
    problems = ("`title` 'x ```` @team [a](javascript:alert(1))'", *(f"problem {i} " + "y" * 100 for i in range(900)))
    comment = intake.problems_comment(problems)
    assert len(comment) < 60_000
    assert "\n`````text\n" in comment  # a fence longer than the text's longest backtick run
    assert comment.count("`````") == 2
    assert comment.splitlines()[-3].startswith("(")
    assert "more characters of this list were left out" in comment


def test_the_hidden_characters_of_an_issue_are_named(tmp_path: Path) -> None:
    import datetime as dt

    title = "Laser micro-welding\u202e of medical-grade steel"
    result = intake.submission(13, body({**ANSWERS, "Title": title}), tmp_path, dt.date(2026, 11, 26))
    assert result.path is None
    assert any("`title` contains U+202E, a bidirectional override" in p for p in result.problems)


HOSTILE = [
    ("shell", {"Title": "$(rm -rf /) `reboot` ; echo pwned && curl x | sh"}),
    ("workflow command", {"Description": "::set-output name=x::y\n::add-mask::secret\n" + "x" * 60}),
    ("fake heading", {"Description": "Real text that is long enough to count as a description.\n\n### Country\n\nIT"}),
    ("path characters", {"Title": "../../../../etc/passwd and ..\\windows\\system32 names"}),
    ("unicode", {"Title": "Laserschweißen für Präzisionsteile — 精密 🔧"}),
]


@pytest.mark.parametrize(("name", "change"), HOSTILE, ids=[n for n, _ in HOSTILE])
def test_hostile_bodies_stay_data_inside_listings(name: str, change: dict[str, str], tmp_path: Path) -> None:
    import datetime as dt

    listings = tmp_path / "listings"
    result = intake.submission(11, body({**ANSWERS, **change}), listings, dt.date(2026, 11, 26))
    assert result.path is not None, result.problems
    assert result.path.resolve().is_relative_to(listings.resolve())
    data = yaml.safe_load(result.text or "")
    for label, value in change.items():
        field = next(f for f in forms.fields() if f.label == label)
        assert data[field.path[0]].strip() == value.strip()
    assert data["organisation"]["country"] == "FR"  # a fake heading inside an answer moves nothing


def test_a_huge_body_is_refused(tmp_path: Path) -> None:
    import datetime as dt

    result = intake.submission(12, body({**ANSWERS, "Description": "x" * 1_048_576}), tmp_path, dt.date(2026, 11, 26))
    assert result.path is None
    assert result.problems == ("the issue is longer than 256 KiB; shorten the description",)


def test_not_an_issue_event(tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_text('{"pull_request": {}}')
    result = run_cli("intake", "--event", str(path), cwd=tmp_path)
    assert result.status == 2
    assert result.err == "matchboard intake: error: cannot read the event: the event holds no issue\n"


def test_issue_form_file_is_generated_from_the_schema() -> None:
    committed = (ROOT / forms.ISSUE_FORM).read_text(encoding="utf-8")
    assert committed == forms.issue_form_text(), (
        "run: python -m generator.contribute.forms > .github/ISSUE_TEMPLATE/new-listing.yml"
    )
    form = yaml.safe_load(committed)
    by_id = {item.get("id"): item for item in form["body"]}
    assert by_id["consent"]["attributes"]["options"][0]["required"] is True
    assert [o.split(" ")[0] for o in by_id["sectors"]["attributes"]["options"]] == list(
        __import__("generator.core.vocab", fromlist=["labels"]).labels("nace")
    )
    required = {f.issue_id for f in forms.fields() if f.required}
    assert {k for k, v in by_id.items() if v.get("validations", {}).get("required")} == required


def test_a_german_title_keeps_its_letters_in_the_id(tmp_path: Path) -> None:
    import datetime as dt

    answers = {**ANSWERS, "Title": "Mikroschweißen für Präzisionsteile"}
    result = intake.submission(7, body(answers), tmp_path / "listings", dt.date(2026, 11, 26))
    assert result.path == tmp_path / "listings" / "offers" / "mikroschweissen-fuer-praezisionsteile-7.yaml"
