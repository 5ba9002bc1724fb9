"""Progress and the build's summary: on standard error only, lines in logs, a live display on a terminal."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run, run_cli

BOARD = ROOT / "tests" / "boards" / "golden"
CONFIG = ROOT / "tests" / "boards" / "golden-mkdocs.yml"
TODAY = "2026-11-26"
BUILT_LINE = "built {site}/ for 2026-11-26: 3 active listings, 2 others, 1 suggested matches\n"
STAGE_LINE = re.compile(r"^\[(\d\d):(\d\d\.\d)\] (.+): done in \d+\.\d s(?: \(([\d,]+) (\w+)\))?$")


def _build(tmp: Path, *extra: str) -> tuple[Run, Path]:
    site = tmp / "site"
    result = run_cli("build", "--listings", str(BOARD), "--site", str(site), "--build", str(tmp / "build"),
                     "--today", TODAY, "--config", str(CONFIG), *extra)  # fmt: skip
    assert result.status == 0, result.err
    return result, site


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path, str]:
    tmp = tmp_path_factory.mktemp("progress")
    (tmp / "summary.md").write_text("earlier step\n", encoding="utf-8")
    result, site = _build(tmp, "--summary-file", str(tmp / "summary.md"))
    return result, site, (tmp / "summary.md").read_text(encoding="utf-8")


def test_standard_output_is_the_one_line_it_was(logged: tuple[Run, Path, str]) -> None:
    result, site, _ = logged
    assert result.out == BUILT_LINE.format(site=site)


def test_logs_get_a_timestamped_line_per_stage(logged: tuple[Run, Path, str]) -> None:
    result, _, _ = logged
    lines = result.err.splitlines()
    summary_at = next(i for i, line in enumerate(lines) if line.startswith("summary"))
    stages = [STAGE_LINE.match(line) for line in lines[:summary_at]]
    assert all(stages), result.err
    names = [m.group(3) for m in stages if m]
    assert names[:7] == ["load and check", "index", "meaning", "matching", "listing texts", "pages (en)", "pages (fr)"]
    assert sorted(names[7:9]) == ["mkdocs (en)", "mkdocs (fr)"]
    assert names[9:] == ["mkdocs", "Pagefind (en)", "Pagefind (fr)", "Pagefind", "swap"]
    counted = {m.group(3): (m.group(4), m.group(5)) for m in stages if m and m.group(4)}
    assert counted["load and check"] == ("5", "files")
    assert counted["matching"] == ("1", "suggestion")  # one of a thing is singular
    assert counted["mkdocs"] == counted["Pagefind"] == ("2", "languages")
    stamps = [int(m.group(1)) * 60 + float(m.group(2)) for m in stages if m]
    assert stamps == sorted(stamps)


def test_the_summary_gives_the_boards_and_the_sites_figures(logged: tuple[Run, Path, str]) -> None:
    result, site, markdown = logged
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = sum(p.suffix == ".html" for p in files)
    megabytes = f"{sum(p.stat().st_size for p in files) / 1e6:.1f}"
    summary = result.err[result.err.index("summary of") :].splitlines()
    assert summary[:6] == [
        f"summary of {site}/ for 2026-11-26:",
        "  listings     3 active, 2 others",
        "  suggestions  1",
        f"  pages        {pages} HTML pages",
        f"  site         {megabytes} MB in {len(files)} files",
        summary[5],
    ]
    assert re.fullmatch(r"  time         \d+\.\d s in all", summary[5])
    assert [line.split()[0] for line in summary[6:]][:4] == ["load", "index", "meaning", "matching"]
    assert markdown.startswith(f"earlier step\n### Board built: `{site}/` for 2026-11-26\n")  # appended
    for row in ("| listings | 3 active, 2 others |", "| suggested matches | 1 |", f"| HTML pages | {pages} |",
                f"| site | {megabytes} MB in {len(files)} files |", "| load and check | "):  # fmt: skip
        assert row in markdown
    assert re.search(r"^\| matching \| \d+\.\d \| 1 suggestion \|$", markdown, re.MULTILINE)
    assert pages > 50
    assert len(files) > pages


def test_quiet_shows_nothing_but_still_writes_a_summary_file(tmp_path: Path) -> None:
    result, site = _build(tmp_path, "--quiet", "--summary-file", str(tmp_path / "summary.md"))
    assert result.err == ""
    assert result.out == BUILT_LINE.format(site=site)
    assert "| suggested matches | 1 |" in (tmp_path / "summary.md").read_text(encoding="utf-8")


def test_match_and_validate_show_nothing_in_logs(tmp_path: Path) -> None:
    matched = run_cli("match", "--listings", str(BOARD), "--config", str(CONFIG), "--build", str(tmp_path),
                      "--today", TODAY, "--json")  # fmt: skip
    assert (matched.status, matched.err) == (0, "")
    validated = run_cli("validate", "--listings", str(BOARD))
    assert (validated.status, validated.err) == (0, "")


def _run(args: list[str], terminal: bool, cwd: Path) -> tuple[bytes, bytes]:
    """Run the command line in a process; its standard error on a terminal (a pty) when asked."""
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    command = [sys.executable, "-m", "generator", *args]
    if not terminal:
        done = subprocess.run(command, capture_output=True, cwd=cwd, env=env, check=True, stdin=subprocess.DEVNULL)
        return done.stdout, done.stderr
    master, slave = pty.openpty()
    shown = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal closed
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=slave, stdin=slave, cwd=cwd, env=env,
                              check=True)  # fmt: skip
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    return done.stdout, bytes(shown)


@pytest.mark.parametrize(
    "command",
    [["match", "--json"], ["match"], ["validate"]],
    ids=lambda c: " ".join(c),
)
def test_standard_output_is_byte_identical_on_a_terminal(command: list[str], tmp_path: Path) -> None:
    args = [*command, "--listings", str(BOARD)]
    if command[0] == "match":
        args += ["--config", str(CONFIG), "--build", str(tmp_path / "build"), "--today", TODAY]
    logged, log_err = _run(args, terminal=False, cwd=ROOT)
    shown, terminal = _run(args, terminal=True, cwd=ROOT)
    assert shown == logged
    assert log_err == b""
    seen = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", terminal).decode("utf-8")  # colours and cursor moves out
    assert re.search(r"^✓ load and check: done in \d+\.\d s \(5 files\)$", seen.replace("\r", "\n"), re.MULTILINE)


@pytest.mark.parametrize("workflow", ["pages.yml", "validate.yml"])
def test_the_pages_and_pull_request_workflows_put_the_summary_on_the_run_page(workflow: str) -> None:
    import yaml

    data = yaml.safe_load((ROOT / ".github" / "workflows" / workflow).read_text(encoding="utf-8"))
    runs = [step.get("run", "") for job in data["jobs"].values() for step in job.get("steps", [])]
    builds = [run for run in runs if run.startswith("matchboard build")]
    assert builds == ['matchboard build --site site --summary-file "$GITHUB_STEP_SUMMARY"']


def test_a_finished_stage_leaves_the_live_area(tmp_path: Path) -> None:
    """Each refresh redraws only running stages: redrawing the finished ones cost about 3 % of a large build."""
    from generator.cli.progress import Live

    with (tmp_path / "terminal").open("w", encoding="utf-8") as stream, Live(stream) as shown:
        with shown.stage("load and check", 2, "files") as advance:
            advance(2)
        assert not shown.bars.tasks  # type: ignore[attr-defined]
        shown.part("mkdocs (fr)", 1.25)
        with shown.stage("index"):
            assert [t.description for t in shown.bars.tasks] == ["index"]  # type: ignore[attr-defined]
    printed = (tmp_path / "terminal").read_text(encoding="utf-8")
    assert "✓ load and check: done in 0.0 s (2 files)\n" in printed
    assert "✓ mkdocs (fr): done in 1.2 s\n" in printed
