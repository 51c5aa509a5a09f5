"""The package's layers point one way and no modules import each other, imports inside functions included.

Every module belongs to one layer; a layer may import only the layers listed for it. The embed path is
a plugin above the core: it may import the core, and nothing in the core imports it (it registers its
LLM provider and CLI group through entry points).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1] / "videochat"

# layer -> the layers it may import (besides itself)
ALLOWED: dict[str, set[str]] = {
    "contracts": set(),
    "support": {"contracts"},
    "perceptors": {"contracts", "support"},
    "media": {"contracts", "support"},
    "llm": {"contracts", "support"},
    "runner": {"contracts", "support", "perceptors", "media"},
    "plugin": {"contracts", "support", "perceptors", "media"},
    "session": {"contracts", "support", "perceptors", "media", "llm", "runner"},
    "library": {"contracts", "support", "perceptors", "media", "llm", "runner", "session"},
    "live": {"contracts", "support", "perceptors", "media", "llm", "runner", "session"},
    "frontends": {"contracts", "support", "perceptors", "media", "llm", "runner", "session", "plugin", "library",
                  "live"},
    "embed": {"contracts", "support", "perceptors", "media", "llm", "runner", "session", "plugin", "library",
              "live", "frontends"},
}

SUPPORT = {"videochat", "videochat.errors", "videochat.config", "videochat.devices", "videochat.model_cache",
           "videochat.models", "videochat.vocabulary", "videochat.pipeline.transcript"}


def layer(module: str) -> str:
    parts = module.split(".")
    if module in SUPPORT or parts[1:2] == ["prompts"]:
        return "support"
    head = parts[1] if len(parts) > 1 else ""
    if head == "contracts":
        return "contracts"
    if head == "perceptors":
        return "perceptors"
    if module == "videochat.pipeline.runner":
        return "runner"
    if head in ("pipeline", "timeline"):
        return "media"
    if head == "llm":
        return "llm"
    if head in ("plugin", "session", "embed", "library", "live"):
        return head
    if head in ("frontends", "cli", "__main__"):
        return "frontends"
    raise AssertionError(f"module {module} belongs to no layer: add it to tests/test_layers.py")


def modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Package modules that ``name`` imports anywhere in its file (top level or inside functions)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.add(target)
    return out


GRAPH = {name: imports(name, path, modules()) for name, path in modules().items()}


def test_every_import_points_down_or_sideways_within_its_layer() -> None:
    wrong = [f"{a} ({layer(a)}) imports {b} ({layer(b)})" for a, deps in GRAPH.items() for b in deps
             if layer(b) != layer(a) and layer(b) not in ALLOWED[layer(a)]]  # fmt: skip
    assert not wrong, "upward imports:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in GRAPH:
        if v not in index:
            visit(v)
    assert not cycles, f"modules that import each other: {cycles}"


def test_the_checks_can_fail() -> None:
    """An upward import and a cycle, planted in a copy of the graph, are both found."""
    planted = {k: set(v) for k, v in GRAPH.items()}
    planted["videochat.contracts.events"].add("videochat.llm.chains")
    wrong = [(a, b) for a, deps in planted.items() for b in deps
             if layer(b) != layer(a) and layer(b) not in ALLOWED[layer(a)]]  # fmt: skip
    assert ("videochat.contracts.events", "videochat.llm.chains") in wrong


def test_the_core_never_imports_the_embed_path() -> None:
    users = sorted(a for a, deps in GRAPH.items() if layer(a) != "embed" and any(layer(b) == "embed" for b in deps))
    assert not users
