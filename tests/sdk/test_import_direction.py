"""Imports run one way: runtime <- generated operations and models <- resource facade.

Parses every module's imports (no execution): the hand-written runtime imports nothing generated
(nor anything outside the SDK's declared dependencies), the generated operations, models and
low-level client never import the facade, and the runtime is importable where it is written.
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "sdk_runtime"
PACKAGE = ROOT / "generated" / "trackingmore-v2" / "trackingmore_v2"
# The generated package's dependencies (its pyproject.toml) and the standard library.
DEPENDENCIES = {"httpx", "httpcore", "attrs", "anyio", "dateutil", "sniffio"}
FACADE = {"trackingmore_v2.resources", "trackingmore_v2.trackingmore"}


def imports_of(path: Path, package: str) -> set[str]:
    """Absolute names of the modules ``path`` (a module of ``package``) imports."""
    found: set[str] = set()
    parts = package.split(".")
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(parts[: len(parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            # `from .api.trackings import get_tracking` imports a submodule: keep the candidate.
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    name = ".".join(relative.parts)
    return name.removesuffix(".__init__")


def package_of(path: Path) -> str:
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rsplit(".", 1)[0]


def import_graph() -> dict[str, set[str]]:
    """Generated module -> the package modules it imports."""
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): imports_of(path, package_of(path)) & modules for path in paths}


def test_the_runtime_imports_nothing_generated_and_only_declared_dependencies() -> None:
    stdlib = set(sys.stdlib_module_names)
    for path in sorted(RUNTIME.glob("*.py")):
        for name in imports_of(path, "sdk_runtime"):
            if name.count(".") > 1 and name.startswith("sdk_runtime."):
                continue  # a name imported from a runtime module, not a module
            top = name.split(".")[0]
            assert name.startswith("sdk_runtime.") or top in stdlib | DEPENDENCIES | {"__future__"}, (path.name, name)
            if name.startswith("sdk_runtime."):
                assert (RUNTIME / f"{name.split('.')[1]}.py").exists(), (path.name, name)


def test_the_runtime_is_importable_where_it_is_written() -> None:
    for path in sorted(RUNTIME.glob("*.py")):
        module = importlib.import_module(f"sdk_runtime.{path.stem}" if path.stem != "__init__" else "sdk_runtime")
        assert Path(module.__file__ or "").resolve().parent == RUNTIME


def test_generated_code_never_imports_the_facade() -> None:
    graph = import_graph()
    for module, imported in graph.items():
        if module in FACADE or module == "trackingmore_v2":
            continue
        assert not imported & FACADE, (module, imported & FACADE)
    for module in (m for m in graph if m.startswith("trackingmore_v2.runtime")):
        assert all(i.startswith("trackingmore_v2.runtime") for i in graph[module]), (module, graph[module])


def test_the_facade_is_built_on_the_operations() -> None:
    imported = import_graph()["trackingmore_v2.resources"]
    assert {"trackingmore_v2.api.trackings.get_tracking", "trackingmore_v2.client"} <= imported
    assert any(name.startswith("trackingmore_v2.runtime.") for name in imported)
