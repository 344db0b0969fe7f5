"""Import aliases to qualified names.

``from mindspore.ops import operations as P`` makes ``P.Unique`` resolve to
``mindspore.ops.operations.Unique``; the checks only ever compare qualified
names, so every import style reads the same to them.
"""
from __future__ import annotations

import ast
from typing import Dict, Iterator, List, Optional

# Submodules that are re-exported under a shorter path; normalising them lets
# the op tables list one spelling.
_PREFIX_ALIASES = (
    ("mindspore.ops.function.", "mindspore.ops."),
    ("mindspore.ops.functional.", "mindspore.ops."),
    ("mindspore.ops.auto_generate.", "mindspore.ops."),
    ("mindspore.common.tensor.", "mindspore."),
    ("mindspore.common.api.", "mindspore."),
    ("mindspore.common.parameter.", "mindspore."),
    ("mindspore.common.sparse_tensor.", "mindspore."),
    ("mindspore.common.", "mindspore."),
    ("mindspore.nn.cell.", "mindspore.nn."),
)


def _module_statements(tree: ast.Module) -> Iterator[ast.stmt]:
    """Statements at module level, including those under if/try blocks.

    Walks with an explicit stack: module bodies can be huge.
    """
    stack = list(reversed(tree.body))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.If, ast.Try)) or type(node).__name__ == "TryStar":
            for field in ("body", "orelse", "finalbody"):
                stack.extend(reversed(getattr(node, field, [])))
            for handler in getattr(node, "handlers", []):
                stack.extend(reversed(handler.body))


class Names:
    """Maps local names bound by imports to qualified dotted names."""

    def __init__(self, aliases: Dict[str, str]):
        self.aliases = aliases
        self._patched: Optional[bool] = None
        self._cache: Dict[int, Optional[str]] = {}

    @property
    def patched_by_mindnlp(self) -> bool:
        """Does the module import mindnlp? Its 0.3–0.4 releases patch MindSpore when imported
        (``mindnlp/injection.py``): ``nn.LayerNorm(..., eps=...)`` and ``ops.zeros(1, 1, h)`` then
        work, so what MindSpore's own signatures refuse is not judged there (seed 7342)."""
        if self._patched is None:
            self._patched = any(v == "mindnlp" or v.startswith("mindnlp.") for v in self.aliases.values())
        return self._patched

    @classmethod
    def from_module(cls, tree: ast.Module, module: str = "", is_package: bool = False) -> "Names":
        """Import aliases of a module; relative imports resolve when its dotted name is given."""
        aliases: Dict[str, str] = {}
        for node in _module_statements(tree):
            add_import(aliases, node, module, is_package)
        return cls(aliases)

    def qualname(self, node: ast.AST) -> Optional[str]:
        """Dotted qualified name of a Name/Attribute chain, or None."""
        key = id(node)
        if key in self._cache:
            return self._cache[key]
        result = self._cache[key] = self._qualname(node)
        return result

    def _qualname(self, node: ast.AST) -> Optional[str]:
        parts = attribute_chain(node)
        head = self.aliases.get(parts[0]) if parts else None
        if head is None:
            return None
        return normalise(".".join([head, *parts[1:]]))


def attribute_chain(node: ast.AST) -> Optional[List[str]]:
    """``a.b.c`` as ``["a", "b", "c"]``, as written; None unless it is a name or attributes of one."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    parts.reverse()
    return parts


def add_import(aliases: Dict[str, str], node: ast.stmt, module: str = "", is_package: bool = False) -> None:
    if isinstance(node, ast.ImportFrom) and node.level:
        from .project import resolve_relative

        package = module.split(".")[: None if is_package else -1] if module else []
        if node.level > len(package):
            # above the packages the folders show (`from .math import rope` in a namespace package,
            # a folder without __init__.py: comfyui's flux, census 7334): a module of the project,
            # never the standard library's `math`. Bound to a name nothing else resolves.
            base = "." * node.level + (node.module or "")
            for alias in node.names:
                if alias.name != "*":
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
            return
        base = resolve_relative(module, node.level, node.module, is_package)
        if base:
            for alias in node.names:
                if alias.name != "*":
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
                else:
                    add_star(aliases, base)
        return
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                aliases[alias.asname] = alias.name
            else:
                head = alias.name.split(".")[0]
                aliases[head] = head
    elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
        for alias in node.names:
            if alias.name == "*":
                add_star(aliases, node.module)
                continue
            aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"


STAR_PREFIX = "*"  # keys of star imports in an alias table (no identifier starts with it)


def add_star(aliases: Dict[str, str], module: str) -> None:
    """Record ``from module import *``: a re-export the project resolver may look through."""
    aliases[f"{STAR_PREFIX}{sum(1 for k in aliases if k.startswith(STAR_PREFIX))}"] = module


def star_modules(aliases: Dict[str, str]):
    """The modules star-imported into a module, in import order."""
    return [v for k, v in aliases.items() if k.startswith(STAR_PREFIX)]


def normalise(qualified: str) -> str:
    for long, short in _PREFIX_ALIASES:
        if qualified.startswith(long):
            rest = qualified[len(long):]
            # keep only the last component for deep function modules
            # (mindspore.ops.function.array_func.unique -> mindspore.ops.unique)
            if long.startswith("mindspore.ops.") and "." in rest:
                rest = rest.rsplit(".", 1)[1]
            return short + rest
    if qualified.startswith("mindspore.ops.operations.") and qualified.count(".") > 3:
        # mindspore.ops.operations.array_ops.Unique -> mindspore.ops.operations.Unique
        return "mindspore.ops.operations." + qualified.rsplit(".", 1)[1]
    return qualified


def is_mindspore(qualified: Optional[str]) -> bool:
    return bool(qualified) and (qualified == "mindspore" or qualified.startswith("mindspore."))


def last(qualified: str) -> str:
    return qualified.rsplit(".", 1)[-1]
