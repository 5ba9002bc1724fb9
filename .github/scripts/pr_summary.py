"""Write the pull request's job summary: each added or changed listing, valid or not, and its matches.

Usage (from the repository root, after `matchboard validate` and `matchboard match --json`):

    git diff -z --name-status --diff-filter=AMR "$BASE_SHA" HEAD -- listings/ > changed.bin
    python .github/scripts/pr_summary.py --changed changed.bin --validate validate.txt \
        --validate-status 1 --matches matches.json >> "$GITHUB_STEP_SUMMARY"

Standard library only. Everything read here may come from a fork, so it is only ever
printed as escaped Markdown, never executed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

MAX_FILES = 100  # keep the summary well under GitHub's 1 MiB limit
MAX_MATCHES = 10
STATUS_WORDS = {"A": "added", "M": "changed", "R": "renamed", "C": "copied"}
PROBLEM = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning): (?P<message>.*)$")


@dataclass
class Problem:
    """One line of `matchboard validate`."""

    line: int
    col: int
    level: str
    message: str


@dataclass
class Changed:
    """A file the pull request adds or changes."""

    status: str  # added, changed, renamed
    path: str


def normalise(path: str) -> str:
    """Return a repository-relative POSIX path (`./listings/x` and `listings/x` are the same file)."""
    return str(PurePosixPath(path.replace("\\", "/")))


def parse_name_status(raw: str) -> list[Changed]:
    """Parse `git diff -z --name-status`: status, NUL, path (renames and copies: status, old path, new path)."""
    parts = raw.split("\0")
    if parts and parts[-1] == "":
        parts.pop()
    found: list[Changed] = []
    i = 0
    while i < len(parts):
        status = parts[i][:1]
        width = 3 if status in ("R", "C") else 2
        if i + width > len(parts):
            break
        if status in STATUS_WORDS:
            found.append(Changed(STATUS_WORDS[status], normalise(parts[i + width - 1])))
        i += width
    return found


def parse_problems(output: str) -> dict[str, list[Problem]]:
    """Return path -> problems from the text `matchboard validate` prints (annotations are skipped)."""
    problems: dict[str, list[Problem]] = {}
    for line in output.splitlines():
        m = PROBLEM.match(line)
        if m:
            problem = Problem(int(m["line"]), int(m["col"]), m["level"], m["message"])
            problems.setdefault(normalise(m["path"]), []).append(problem)
    return problems


def matches_for(listing_id: str, matches: list[dict[str, Any]]) -> list[tuple[str, str, int, list[str]]]:
    """Return (partner type, partner id, score, reasons) of the pairs a listing is in, best first."""
    found = []
    for pair in matches:
        if pair.get("need") == listing_id:
            found.append(("offer", str(pair.get("offer")), int(pair.get("score", 0)), list(pair.get("reasons", []))))
        elif pair.get("offer") == listing_id:
            found.append(("need", str(pair.get("need")), int(pair.get("score", 0)), list(pair.get("reasons", []))))
    found.sort(key=lambda m: (-m[2], m[1]))
    return found


def _line(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def text(value: str, limit: int = 300, cell: bool = False) -> str:
    """Return untrusted text as one line of Markdown that renders as written.

    No HTML, link, emphasis, @-mention or #-reference (a keyword `@someone` would notify them), and no
    pipes in a table cell.
    """
    value = _line(value, limit).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = MARKDOWN_SIGN.sub(r"\\\1", value)
    value = value.replace("@", "@\u2060").replace("#", "#\u2060")  # a word joiner: no mention, no reference
    return value.replace("|", "\\|") if cell else value


MARKDOWN_SIGN = re.compile(r"([\\*_\[\]~!])")  # not backticks: a code span shows its text as written


def code(value: str, cell: bool = False) -> str:
    """Return untrusted text as a Markdown code span (shown literally; backticks replaced, length bounded)."""
    value = _line(value, 200).replace("`", "'")
    return "`" + (value.replace("|", "\\|") if cell else value) + "`"


def is_listing(path: str) -> bool:
    """Return whether a path is a listing file (`listings/**/*.yaml`)."""
    p = PurePosixPath(path)
    return p.parts[:1] == ("listings",) and p.suffix == ".yaml"


def summary_markdown(
    changed: list[Changed],
    problems: dict[str, list[Problem]],
    matches: list[dict[str, Any]] | None,
    validate_status: int,
    validate_summary: str = "",
) -> str:
    """Return the job summary for the listings a pull request adds or changes."""
    out = ["## Listings in this pull request", ""]
    if validate_status not in (0, 1):
        out += [f"The validator did not run to the end (exit status {validate_status}); see the job log.", ""]
    elif validate_summary:
        out += [f"`matchboard validate`: {text(validate_summary)}", ""]
    if not changed:
        out.append("This pull request adds or changes no file under `listings/`.")
        return "\n".join(out) + "\n"
    for item in changed[:MAX_FILES]:
        out += _file_section(item, problems.get(item.path, []), matches)
    if len(changed) > MAX_FILES:
        out.append(f"… and {len(changed) - MAX_FILES} more files; see the job log for their problems.")
    other = sorted(p for p in problems if p not in {c.path for c in changed})
    if other:
        out += ["", f"Files this pull request does not change also have problems: {', '.join(code(p) for p in other)}."]
    return "\n".join(out).rstrip() + "\n"


def _file_section(item: Changed, problems: list[Problem], matches: list[dict[str, Any]] | None) -> list[str]:
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level != "error"]
    verdict = "**invalid**" if errors else "valid"
    if warnings:
        verdict += f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})"
    out = [f"### {code(item.path)}: {item.status}, {verdict}", ""]
    if problems:
        for p in problems:
            out.append(f"- line {p.line}, column {p.col}: {p.level}: {text(p.message)}")
        out.append("")
    if errors:
        out += ["Fix the errors above (run `matchboard validate` on your computer to check again).", ""]
        return out
    if not is_listing(item.path):
        return out
    if matches is None:
        out += ["Matches could not be computed while any listing in the board is invalid.", ""]
        return out
    found = matches_for(PurePosixPath(item.path).stem, matches)
    if not found:
        out += ["No suggested partners (only active listings are matched, and only pairs above the threshold).", ""]
        return out
    out += ["| suggested partner | score | why |", "|---|---:|---|"]
    for kind, partner, score, reasons in found[:MAX_MATCHES]:
        out.append(f"| {kind} {code(partner, cell=True)} | {score} | {text('; '.join(reasons), cell=True)} |")
    if len(found) > MAX_MATCHES:
        out.append(f"\n… and {len(found) - MAX_MATCHES} more.")
    out.append("")
    return out


def _read(path: str | None) -> str:
    if not path:
        return ""
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    """Print the summary Markdown to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changed", required=True, help="output of git diff -z --name-status")
    parser.add_argument("--validate", help="output of matchboard validate")
    parser.add_argument("--validate-status", type=int, default=0, help="exit status of matchboard validate")
    parser.add_argument("--matches", help="output of matchboard match --json (empty or null: not computed)")
    args = parser.parse_args(argv)
    validate_output = _read(args.validate)
    last = [line for line in validate_output.splitlines() if line.strip() and not line.startswith("::")]
    raw_matches = _read(args.matches).strip()
    try:
        matches = json.loads(raw_matches) if raw_matches else None
    except json.JSONDecodeError:
        matches = None
    if not isinstance(matches, list):
        matches = None
    markdown = summary_markdown(
        parse_name_status(_read(args.changed)),
        parse_problems(validate_output),
        matches,
        args.validate_status,
        last[-1] if last else "",
    )
    sys.stdout.write(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
