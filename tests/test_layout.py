"""The generator's layout is its architecture: packages by stage, no upward import, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
# Lower stages never import from higher ones; packages of the same rank never import each other.
RANKS = {"core": 0, "check": 1, "network": 2, "match": 3, "contribute": 3, "render": 4, "pipeline": 5, "cli": 6,
         "__main__": 7}  # fmt: skip
MODULES = sorted(p for p in GENERATOR.rglob("*.py"))


def _stage(path: Path) -> str:
    part = path.relative_to(GENERATOR).parts[0]
    return part.removesuffix(".py")


def _imported_stages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "generator":
            found.update(alias.name for alias in node.names if alias.name in RANKS)
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import; name the stage (from generator.<stage> import ...)")
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("generator."))
    return found


def test_the_top_level_shows_the_stages() -> None:
    names = sorted(p.name for p in GENERATOR.iterdir() if not p.name.startswith("__"))
    assert names == ["check", "cli", "contribute", "core", "match", "network", "pipeline.py", "render"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(GENERATOR)))
def test_no_module_imports_from_a_stage_above_or_beside_it(path: Path) -> None:
    own = _stage(path)
    if own == "__init__":
        return
    for other in _imported_stages(path) - {own}:
        assert RANKS[other] < RANKS[own], f"{path.relative_to(GENERATOR)} imports generator.{other}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(GENERATOR)))
def test_modules_stay_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 300, f"{path.relative_to(GENERATOR)} has {lines} lines (at most 300)"


@pytest.mark.parametrize("package", [p for p in GENERATOR.iterdir() if p.is_dir() and p.name != "__pycache__"])
def test_each_package_says_what_it_owns(package: Path) -> None:
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
    assert doc
    assert len(doc) > 30
