"""The house style holds: ruff's rules and mypy on the package."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("target", ["geo", "tests"])
def test_ruff_finds_nothing(target):
    result = _run("ruff", "check", "--no-cache", target)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_package():
    result = _run("mypy", "--no-incremental", "--cache-dir", "/dev/null")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_control_characters_in_the_sources():
    """A stray control character (a backspace where '\\b' was meant) silently breaks a regex."""
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("geo", "tests")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(ch) < 32 and ch != "\t" for ch in line)
    ]
    assert found == []


def test_no_module_name_is_bound_twice():
    """A second ``_NAME = ...`` at module level silently replaces the first for every use
    above it as well (both read the module's one binding at run time)."""
    import ast
    from collections import Counter

    for path in sorted((ROOT / "geo").glob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound.update([node.target.id] if node.value is not None else [])
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound.update([node.name])
        assert [name for name, times in bound.items() if times > 1] == [], path.name
