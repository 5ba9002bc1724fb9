"""Every command is documented in the README and shows an example in its --help."""

from __future__ import annotations

import argparse

import pytest

from generator.cli.main import _parser
from tests.conftest import ROOT, run_cli


def _commands() -> list[str]:
    actions = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


@pytest.mark.parametrize("command", _commands())
def test_command_is_documented_in_readme(command: str) -> None:
    assert f"`matchboard {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", _commands())
def test_command_help_shows_an_example(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.status == 0
    assert f"Example:\n  matchboard {command}" in result.out


def test_readme_quick_start_is_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme
    assert "make test" in readme
