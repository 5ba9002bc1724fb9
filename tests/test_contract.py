"""The contract (docs/listing-format.md) as an outside tool reads it: commands, dates, events, exports."""

from __future__ import annotations

import filecmp
import json
import shutil
from pathlib import Path

import pytest

from generator.check.load import load_listings
from generator.check.records import check_record
from generator.core import dates
from tests.conftest import CASES, ROOT, run_cli

LISTING = CASES / "valid" / "minimal-required-only.yaml"
EPOCH_2026_10_05 = "1791158400"  # 2026-10-05 00:00 UTC


@pytest.mark.parametrize(
    ("epoch", "message"),
    [
        ("abc", "SOURCE_DATE_EPOCH is 'abc'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("-5", "SOURCE_DATE_EPOCH is '-5'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("1.7e9", "SOURCE_DATE_EPOCH is '1.7e9'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("\u00b2", "SOURCE_DATE_EPOCH is '\u00b2'; it must be a whole number of seconds since 1970-01-01 UTC"),
        ("99999999999999999", "SOURCE_DATE_EPOCH 99999999999999999 names a time after the year 9999"),
    ],
)
@pytest.mark.parametrize("command", [("upkeep",), ("match", "--json"), ("renew", "minimal-required-only")])
def test_a_source_date_epoch_that_is_no_date_stops_the_command(
    epoch: str, message: str, command: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Falling back to the clock would make the build unrepeatable without a word; a traceback says nothing."""
    (tmp_path / "listings").mkdir()
    shutil.copy(LISTING, tmp_path / "listings")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    run = run_cli(*command, cwd=tmp_path)
    assert (run.status, run.out, run.err) == (2, "", f"matchboard: error: {message}\n")
    assert (tmp_path / "listings" / LISTING.name).read_bytes() == LISTING.read_bytes()  # renew wrote nothing


def test_today_wins_over_a_broken_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "listings").mkdir()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "abc")
    run = run_cli("upkeep", "--today", "2026-10-05", "--json", cwd=tmp_path)
    assert (run.status, run.out) == (0, "[]\n")


@pytest.mark.parametrize("epoch", [EPOCH_2026_10_05, f" {EPOCH_2026_10_05}\n", str(int(EPOCH_2026_10_05) + 86399)])
def test_source_date_epoch_names_the_utc_day(epoch: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert str(dates.build_date(None)) == "2026-10-05"


def _event(tmp_path: Path, event: dict[str, object]) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event), encoding="utf-8")
    return path


ISSUE = {"number": 7, "state": "open", "body": "### Type\n\nNeed"}
ENDED = "only an opened or edited issue is read"


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        ({"action": "closed", "issue": {**ISSUE, "state": "closed"}}, f"the issue was 'closed'; {ENDED}"),
        ({"action": "deleted", "issue": ISSUE}, f"the issue was 'deleted'; {ENDED}"),
        ({"action": "transferred", "issue": ISSUE}, f"the issue was 'transferred'; {ENDED}"),
        ({"action": "edited", "issue": {**ISSUE, "state": "closed"}},
         "the issue is closed; only an open issue is read"),
        ({"action": "created", "issue": ISSUE, "comment": {"body": "hi"}},
         "it is not an `issues` event (a comment, or a pull request's)"),
        ({"action": "opened", "issue": {**ISSUE, "pull_request": {"url": "u"}}},
         "it is not an `issues` event (a comment, or a pull request's)"),
        ({"action": "opened", "issue": {**ISSUE, "number": True}}, "the event holds no issue number"),
    ],
)  # fmt: skip
def test_intake_reads_only_an_open_issue_of_an_issues_event(
    event: dict[str, object], reason: str, tmp_path: Path
) -> None:
    """A closed, deleted or moved issue, or a comment's event, must never become a listing file."""
    run = run_cli("intake", "--event", str(_event(tmp_path, event)), "--today", "2026-10-05", cwd=tmp_path)
    assert (run.status, run.out) == (2, "")
    assert run.err == f"matchboard intake: error: cannot read the event: {reason}\n"
    assert not (tmp_path / "listings").exists()


@pytest.mark.parametrize("action", ["opened", "edited", "reopened", "labeled"])
def test_intake_reads_an_opened_or_edited_issue(action: str, tmp_path: Path) -> None:
    run = run_cli("intake", "--event", str(_event(tmp_path, {"action": action, "issue": ISSUE})), cwd=tmp_path)
    assert run.status == 1  # the body is incomplete: the problems are listed for the submitter
    assert run.out.startswith("Thank you! The listing needs a few changes")


def test_every_listing_the_board_accepts_passes_the_rules_again_as_exported(tmp_path: Path) -> None:
    """What a board keeps and exports of a listing (texts without the white space around them) still fits
    the contract, so a partner board reading api/listings.json accepts every listing this board shows."""
    for case in [*(CASES / "valid").glob("*.yaml"), CASES / "invalid" / "blank-around-texts.yaml"]:
        shutil.copy(case, tmp_path)
    loaded = load_listings(tmp_path)
    for listing in loaded.listings:
        org = listing.organisation
        record = {
            "id": listing.id, "type": listing.type, "category": listing.category, "title": listing.title,
            "summary": listing.summary, "description": listing.description, "language": listing.language,
            "organisation": {"name": org.name, "country": org.country, "region": org.region, "size": org.size},
            "sectors": list(listing.sectors), "keywords": list(listing.keywords),
            "partnership": list(listing.partnership), "published": str(listing.published),
            "expires": str(listing.expires), "renewed": str(listing.renewed) if listing.renewed else None,
        }  # fmt: skip
        kept, problems = check_record(record, listing.path, "https://partner.example/")
        assert (kept is not None, problems) == (True, []), listing.path
    assert len(loaded.listings) == len(list((CASES / "valid").glob("*.yaml")))  # the padded one is refused


def test_github_annotations_name_any_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commas, colons and % are escaped as GitHub asks; a control character is shown, never sent to the log."""
    folder = tmp_path / "listings" / "a, b: c %d\x1b[31m"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    run = run_cli("validate", cwd=tmp_path)
    message = "only listing files (.yaml) belong under the listings folder; move or remove this file"
    assert run.out.splitlines()[:2] == [
        f"listings/a, b: c %d\\x1b[31m/notes.txt:1:1: error: {message}",
        f"::error file=listings/a%2C b%3A c %25d\\x1b[31m/notes.txt,line=1,col=1::{message}",
    ]
    assert run.status == 1


def test_source_date_epoch_and_today_build_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--today` and SOURCE_DATE_EPOCH of any time that day give the same site, file for file, search too."""
    board, config = ROOT / "tests" / "boards" / "golden", ROOT / "tests" / "boards" / "golden-mkdocs.yml"
    common = ("build", "--listings", str(board), "--config", str(config), "--quiet")
    first = run_cli(*common, "--site", str(tmp_path / "a"), "--build", str(tmp_path / "ba"), "--today", "2026-11-26")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1795651200 + 79_000))  # 2026-11-26 21:56 UTC
    second = run_cli(*common, "--site", str(tmp_path / "b"), "--build", str(tmp_path / "bb"))
    assert (first.status, second.status) == (0, 0), first.err + second.err
    assert first.out.replace(f"{tmp_path}/a/", f"{tmp_path}/b/") == second.out
    files = sorted(str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert files == sorted(str(p.relative_to(tmp_path / "b")) for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert any(name.startswith("pagefind/") for name in files)
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", files, shallow=False)
    assert (mismatch, errors) == ([], [])


@pytest.mark.parametrize("today", ["1969-12-31", "2106-02-08", "9999-12-31", "0226-11-26"])
def test_a_build_for_a_date_no_site_can_carry_says_so(today: str, tmp_path: Path) -> None:
    """MkDocs stamps the sitemap with the date as gzip's 32-bit time: other dates ended in a traceback."""
    board, config = ROOT / "tests" / "boards" / "golden", ROOT / "tests" / "boards" / "golden-mkdocs.yml"
    run = run_cli("build", "--listings", str(board), "--config", str(config), "--site", str(tmp_path / "site"),
                  "--build", str(tmp_path / "build"), "--today", today, "--quiet")  # fmt: skip
    assert (run.status, run.out) == (1, "")
    limits = "a site is built for a date from 1970-01-01 to 2106-02-07"
    assert run.err == f"matchboard build: error: {limits}, not {today}\n"
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("today", ["1970-01-01", "2106-02-07"])
def test_a_site_is_built_for_the_first_and_last_date_it_can_carry(today: str, tmp_path: Path) -> None:
    board, config = ROOT / "tests" / "boards" / "golden", ROOT / "tests" / "boards" / "golden-mkdocs.yml"
    run = run_cli("build", "--listings", str(board), "--config", str(config), "--site", str(tmp_path / "site"),
                  "--build", str(tmp_path / "build"), "--today", today, "--quiet")  # fmt: skip
    assert run.status == 0, run.err
    assert f" for {today}: " in run.out
