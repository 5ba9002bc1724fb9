"""Problems -> the lines people and GitHub Actions read."""

from __future__ import annotations

from collections.abc import Iterable

from generator.core.model import LoadResult, Problem
from generator.core.shown import printable


def format_problem(problem: Problem) -> str:
    """Return `path:line:col: level: message`, on one line whatever the file's name holds."""
    return printable(f"{problem.path}:{problem.line}:{problem.col}: {problem.level}: {problem.message}")


def github_annotation(problem: Problem) -> str:
    """Return the workflow command that shows the problem on the pull request's changed file."""

    def escape(text: str, chars: str = "") -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        for char in chars:
            text = text.replace(char, f"%{ord(char):02X}")
        return printable(text)  # as the plain line: a file name's escape sequence must not reach the log

    where = f"file={escape(problem.path, ':,')},line={problem.line},col={problem.col}"
    return f"::{problem.level} {where}::{escape(problem.message)}"


def problem_lines(problems: Iterable[Problem], github: bool = False) -> list[str]:
    """Return one line per problem, and its annotation after it when running in GitHub Actions."""
    lines = []
    for problem in problems:
        lines.append(format_problem(problem))
        if github:
            lines.append(github_annotation(problem))
    return lines


def summary(result: LoadResult) -> str:
    """Return the closing line of `matchboard validate`."""
    errors = sum(p.level == "error" for p in result.problems)
    warnings = len(result.problems) - errors
    files = _plural(result.files_checked, "file")
    if not errors:
        note = f" ({_plural(warnings, 'warning')})" if warnings else ""
        return f"{files} checked: all {len(result.listings)} listings valid{note}"
    return (
        f"{files} checked: {_plural(errors, 'error')} in {_plural(result.files_with_errors, 'file')}, "
        f"{_plural(warnings, 'warning')}; {len(result.listings)} listings valid"
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
