"""The two houses of ingest/: the parse package (ingest.parsing: a document in, rows out) never imports
the pipeline that runs it (ingest.pipeline), and no module of the project imports itself in a circle.

Every import statement is read, at module level or inside a function alike, so a cycle hidden in a
function (as classify → report.flat → classify was) fails here as well.
"""

from __future__ import annotations

import ast
import graphlib
import re
from pathlib import Path

import pytest
from conftest import PROJECT

# The project's own packages: those pyproject.toml installs (every top-level folder with an __init__.py).
PACKAGES = sorted(p.parent.name for p in PROJECT.glob("*/__init__.py"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in PACKAGES
        for path in sorted((PROJECT / package).rglob("*.py"))
        if "__pycache__" not in path.parts
    }


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The project modules `name` imports (a `from package import module` names the module)."""
    found: set[str] = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package
                package = name.split(".") if is_package else name.split(".")[:-1]
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    found = {m for m in found if m in MODULES}
    # Importing a submodule runs its packages' __init__ first: a package `name` is not inside counts too
    # (so classify -> report.flat closes a cycle through report/__init__ -> report.parser -> classify).
    found |= {
        ancestor
        for m in found
        for ancestor in (m.rsplit(".", k)[0] for k in range(1, m.count(".") + 1))
        if ancestor in MODULES and not name.startswith(ancestor + ".") and ancestor != name
    }
    return found - {name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def test_the_project_has_both_houses():
    assert "ingest.parsing.parse" in MODULES and "ingest.pipeline.load" in MODULES
    assert len(GRAPH["ingest.pipeline.load"]) > 3  # the reader of imports reads them


@pytest.mark.parametrize("name", [m for m in MODULES if m.startswith("ingest.parsing")])
def test_the_parse_package_imports_nothing_of_the_pipeline(name):
    outside = sorted(m for m in GRAPH[name] if not m.startswith("ingest.parsing"))
    assert outside == [], f"{name} imports {outside}: the parse package must not depend on the pipeline"


def test_no_import_cycle():
    try:
        list(graphlib.TopologicalSorter(GRAPH).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"an import cycle: {' -> '.join(exc.args[1])}")


def test_a_cycle_through_a_package_is_found(tmp_path, monkeypatch):
    """The check itself: the cycle this project once had (a function-level import of report.flat in
    classify, whose package imports report.parser, which imports classify) is found."""
    (tmp_path / "report").mkdir()
    (tmp_path / "classify.py").write_text("def f():\n    from p.report import flat\n", encoding="utf-8")
    (tmp_path / "report" / "__init__.py").write_text("from p.report.parser import x\n", encoding="utf-8")
    (tmp_path / "report" / "parser.py").write_text("from p.classify import f\nx = 1\n", encoding="utf-8")
    (tmp_path / "report" / "flat.py").write_text("", encoding="utf-8")
    modules = {
        "p.classify": tmp_path / "classify.py",
        "p.report": tmp_path / "report" / "__init__.py",
        "p.report.parser": tmp_path / "report" / "parser.py",
        "p.report.flat": tmp_path / "report" / "flat.py",
    }
    monkeypatch.setattr(__import__(__name__), "MODULES", modules)
    graph = {name: _imports(name, path) for name, path in modules.items()}
    with pytest.raises(graphlib.CycleError):
        list(graphlib.TopologicalSorter(graph).static_order())


USER_PATHS = re.compile(r'(PROJECT|parents\[\d\])\s*/\s*"(data|build)"|"data/(raw|warehouse\.duckdb)')


@pytest.mark.parametrize("path", sorted((PROJECT / "tests").rglob("*.py")), ids=lambda p: p.name)
def test_no_test_names_the_users_data_or_the_build_folder(path):
    """Tests own their data (tests/samples/, temporary folders); conftest.py only watches the user's."""
    if path.name in {"conftest.py", "test_architecture.py"}:
        return
    hits = [line for line in path.read_text(encoding="utf-8").splitlines() if USER_PATHS.search(line)]
    assert hits == [], f"{path.name} names the user's data or the project's build folder: {hits}"
