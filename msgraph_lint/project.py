"""Cell base classes defined in other modules of the project (CLI only).

``class Head(MyBase)`` where ``MyBase(nn.Cell)`` lives in another module:
the CLI resolves the base through the file's imports (absolute or relative,
re-exports through ``__init__.py``, several levels deep), parsing only the
modules that bases point to, once each. flake8 sees one file at a time and
relies on ``extra-cell-bases`` instead.
"""
from __future__ import annotations

import ast
import os
from functools import lru_cache
from typing import Dict, Optional, Set, Tuple

from .names import Names, is_mindspore, last

MAX_DEPTH = 8


def module_name(path: str) -> Tuple[str, str]:
    """(dotted module name, source root) of a file, from the packages above it."""
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    parts = [] if name == "__init__.py" else [os.path.splitext(name)[0]]
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        folder, package = os.path.split(folder)
        parts.insert(0, package)
    return ".".join(parts), folder


def resolve_relative(module: str, level: int, target: Optional[str], is_package: bool) -> Optional[str]:
    base = module.split(".") if module else []
    if not is_package:
        base = base[:-1]
    if level - 1 > len(base):
        return None
    if level > 1:
        base = base[: len(base) - (level - 1)]
    if target:
        base = base + target.split(".")
    return ".".join(base) if base else None


class Project:
    """Finds modules under a source root and tells whether a class is an nn.Cell."""

    def __init__(self) -> None:
        self._modules: Dict[Tuple[str, str], Optional[Tuple[ast.Module, Names, str]]] = {}

    def _load(self, root: str, module: str):
        key = (root, module)
        if key in self._modules:
            return self._modules[key]
        loaded = None
        base = os.path.join(root, *module.split("."))
        for candidate in (base + ".py", os.path.join(base, "__init__.py")):
            if os.path.isfile(candidate):
                try:
                    with open(candidate, "rb") as fh:
                        tree = ast.parse(fh.read(), filename=candidate)
                except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
                    break
                names = Names.from_module(tree, module, candidate.endswith("__init__.py"))
                loaded = (tree, names, candidate)
                break
        self._modules[key] = loaded
        return loaded

    def is_cell(self, qualified: str, root: str, depth: int = 0, seen: Optional[Set[str]] = None) -> bool:
        """Is ``package.module.Class`` (found under ``root``) a subclass of nn.Cell?"""
        if depth > MAX_DEPTH or not qualified or is_mindspore(qualified):
            return False
        seen = seen or set()
        if qualified in seen:
            return False
        seen.add(qualified)
        module, _, name = qualified.rpartition(".")
        loaded = self._load(root, module) if module else None
        if loaded is None:
            return False
        tree, names, _ = loaded
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                return any(self._base_is_cell(b, names, module, root, depth, seen) for b in node.bases)
        # a re-export: `from .base import BaseModel` in a package's __init__.py
        target = names.aliases.get(name)
        if target and target != qualified:
            return self.is_cell(target, root, depth + 1, seen)
        return False

    def _base_is_cell(self, base, names, module, root, depth, seen) -> bool:
        from .scopes import CELL_BASES, _NN_NOT_CELLS

        qualified = names.qualname(base)
        if qualified is None and isinstance(base, ast.Name):
            qualified = f"{module}.{base.id}"  # a class of the same module
        if qualified in CELL_BASES:
            return True
        if qualified and qualified.startswith("mindspore.nn.") and qualified.count(".") == 2:
            return last(qualified)[:1].isupper() and last(qualified) not in _NN_NOT_CELLS
        return bool(qualified) and self.is_cell(qualified, root, depth + 1, seen)


@lru_cache(maxsize=1)
def shared() -> Project:
    return Project()
