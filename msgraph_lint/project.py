"""What other modules of the project define (CLI and pylint plugin).

Two questions are answered here, both by following the file's imports
(absolute or relative, re-exports through ``__init__.py``, several levels):

- ``class Head(MyBase)`` where ``MyBase(nn.Cell)`` lives in another module:
  is ``MyBase`` a Cell?
- ``positives(x)`` in construct, with ``from .helpers import positives``:
  which function (or class, or module-level value) is that, in which
  module? ``values`` then analyses it with the caller's arguments.

Only the modules that are asked about are parsed, once each, and only those
under the checked file's source root: installed packages (site-packages) are
third-party code, which MindSpore does not compile either. flake8 sees one
file at a time and relies on ``extra-cell-bases`` instead.
"""
from __future__ import annotations

import ast
import os
import re
import stat
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Iterable, List, Optional, Set, Tuple, Union

from .names import Names, is_mindspore, star_modules

MAX_DEPTH = 8
MAX_MODULE_BYTES = 8 * 1024 * 1024  # a module imported for a helper is not read past this
MAX_SCANNED_FILES = 5000  # a source root larger than this is not searched for a Cell's parents
_SKIPPED_FOLDERS = {"__pycache__", "node_modules", "site-packages", "dist-packages", "build", "dist"}
# `from a.b import C, D as E` / `from . import (x, y)` / `import a.b as c`, at any indentation
_IMPORT = re.compile(rb"^[ \t]*(?:from[ \t]+[.\w]+[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]+))",
                     re.M)
_WORD = re.compile(rb"[A-Za-z_]\w*")
_THIRD_PARTY = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep)


def _import_lines(data: bytes):
    """``_IMPORT.finditer(data)``, found faster: every match's first line holds ``import``, so only
    the lines holding it are tried (a pattern anchored at line starts is otherwise tried at every
    position of every file of the project)."""
    pos = 0
    while True:
        at = data.find(b"import", pos)
        if at < 0:
            return
        start = data.rfind(b"\n", 0, at) + 1
        # (a line that began before where the last match ended holds no new match)
        match = _IMPORT.match(data, start) if start >= pos else None
        if match is None:
            end = data.find(b"\n", at)
            if end < 0:
                return
            pos = end + 1
            continue
        yield match
        pos = match.end()


def read_regular(path: str, limit: int = MAX_MODULE_BYTES) -> Optional[bytes]:
    """Up to ``limit + 1`` bytes of a regular file; None for anything else (a named pipe, which a
    plain open() would wait on forever, a directory, a file gone or unreadable)."""
    try:
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)),
                  "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return None
            return fh.read(limit + 1)
    except OSError:
        return None


def third_party(path: str) -> bool:
    """Installed code: MindSpore runs it as Python instead of compiling it, and so do we."""
    real = os.path.realpath(path)
    return any(marker in real for marker in _THIRD_PARTY)


def module_name(path: str) -> Tuple[str, str]:
    """(dotted module name, source root) of a file, from the packages above it."""
    folder, name = os.path.split(os.path.abspath(path))
    package, root = _package_of(folder)
    parts = ([package] if package else []) + ([] if name == "__init__.py" else [os.path.splitext(name)[0]])
    return ".".join(parts), root


@lru_cache(maxsize=4096)
def _package_of(folder: str) -> Tuple[str, str]:
    """(dotted package a folder is, the folder above the top package); once per folder."""
    parts = []
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        folder, package = os.path.split(folder)
        parts.insert(0, package)
    return ".".join(parts), folder


def module_file(base: str) -> Optional[str]:
    """``base.py``, else ``base/__init__.py``, when it is a file."""
    for candidate in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


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


@dataclass
class Definition:
    """A module-level name of another project module, resolved."""

    index: "ModuleIndex"  # noqa: F821 - scopes imports this module
    path: str
    kind: str  # function | class | method | value | mindspore
    node: Union[ast.FunctionDef, ast.expr, None]
    info: Optional["ClassInfo"] = None  # noqa: F821
    target: str = ""  # for kind "mindspore": the MindSpore name re-exported


class Project:
    """Finds modules under a source root, tells whether a class is an nn.Cell and
    what a qualified name defined in another module is."""

    def __init__(self, project_root: Optional[str] = None) -> None:
        # Where else absolute imports may start: the project folder (where
        # pyproject.toml is, else the working directory) and its src/, for layouts
        # whose top folders have no __init__.py (namespace packages).
        folder = os.path.abspath(project_root or os.getcwd())
        self.search_roots = tuple(r for r in (folder, os.path.join(folder, "src")) if os.path.isdir(r))
        self._modules: Dict[Tuple[str, str], Optional[Tuple[ast.Module, Names, str, str]]] = {}
        self._indexes: Dict[Tuple[str, str, frozenset], Optional["ModuleIndex"]] = {}  # noqa: F821
        self._definitions: Dict[Tuple[str, str, frozenset], Optional[Definition]] = {}
        self._imported_by: Dict[str, Dict[str, List[Tuple[str, str]]]] = {}
        self._located: Dict[Tuple[str, str], Optional[str]] = {}

    def importers(self, root: str, name: str) -> List[Tuple[str, str]]:
        """(source root, dotted module) of the modules under ``root`` that define a ``construct``
        or use MindSpore (a plain class that drives a Cell) and import ``name`` (a class, or the
        module holding it, by its last dotted part).

        Read off the import lines of every file under the root, once per root; a root of
        more than MAX_SCANNED_FILES files is not searched (nothing is found there).
        """
        table = self._imported_by.get(root)
        if table is None:
            table = self._imported_by[root] = self._import_table(root)
        return table.get(name, [])

    def _import_table(self, root: str) -> Dict[str, List[Tuple[str, str]]]:
        files = []
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIPPED_FOLDERS)
            files.extend(os.path.join(folder, n) for n in sorted(names) if n.endswith(".py"))
            if len(files) > MAX_SCANNED_FILES:
                return {}
        table: Dict[str, List[Tuple[str, str]]] = {}
        for path in files:
            data = read_regular(path)
            if data is None or len(data) > MAX_MODULE_BYTES or third_party(path) \
                    or (b"construct" not in data and b"mindspore" not in data):
                continue
            words = set()
            for match in _import_lines(data):
                names = match.group(1) or match.group(2) or b""
                for item in names.strip(b"()").split(b","):
                    parts = item.split()
                    if parts:
                        words.update(w.decode() for w in _WORD.findall(parts[0].split(b".")[-1]))
            if words:
                module, source_root = module_name(path)
                for word in words:
                    table.setdefault(word, []).append((source_root, module))
        return table

    def locate(self, root: str, module: str) -> Optional[str]:
        """The file of a dotted module under ``root`` (or a search root), or None; once per module
        and root (a package's modules are looked up from every module importing them)."""
        key = (root, module)
        try:
            return self._located[key]
        except KeyError:
            found = self._located[key] = self._find(root, module)
            return found

    def _find(self, root: str, module: str) -> Optional[str]:
        """Where ``locate`` looks. Hosts may override (pylint's asks astroid too)."""
        for folder in (root, *self.search_roots):
            found = module_file(os.path.join(folder, *module.split(".")))
            if found is not None:
                return found
        return None

    def _load(self, root: str, module: str):
        key = (root, module)
        if key in self._modules:
            return self._modules[key]
        loaded = None
        candidate = self.locate(root, module) if module else None
        if candidate is not None:
            try:
                data = read_regular(candidate)
                if data is None:
                    raise ValueError("not a regular file")
                if len(data) > MAX_MODULE_BYTES:
                    raise ValueError("too large to follow")  # checked (and reported) on its own
                tree = ast.parse(data, filename=candidate)
                names = Names.from_module(tree, module, candidate.endswith("__init__.py"))
                loaded = (tree, names, candidate, data.decode("utf-8", "replace"))
            except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
                pass  # the file is reported where it is checked itself
        self._modules[key] = loaded
        return loaded

    def index(self, root: str, module: str, extra_bases: Iterable[str] = ()) -> Optional["ModuleIndex"]:  # noqa: F821
        """The ModuleIndex of another module (its classes, functions, attributes), cached."""
        key = (root, module, frozenset(extra_bases))
        if key in self._indexes:
            return self._indexes[key]
        self._indexes[key] = None  # a module that imports itself back stops here
        loaded = self._load(root, module)
        if loaded is not None:
            from .scopes import ModuleIndex

            tree, names, path, source = loaded
            self._indexes[key] = ModuleIndex(tree, names, key[2], source, self, root, path=path,
                                             module_name=module)
        return self._indexes[key]

    def tree_of_file(self, root: str, module: str, path: str, source: str) -> Optional[ast.Module]:
        """The tree of this very file and text, if an earlier file's import parsed it
        (nothing is read here): the engine then checks it instead of parsing again."""
        loaded = self._modules.get((root, module))
        if loaded is None or loaded[3] != source or os.path.realpath(loaded[2]) != os.path.realpath(path):
            return None
        return loaded[0]

    def definition(self, qualified: str, root: str, extra_bases: Iterable[str] = (),
                   depth: int = 0) -> Optional[Definition]:
        """What ``package.module.name`` (or ``package.module.Class.method``) is.

        A function, a class, a method, a module-level value, or, when the
        module re-exports it, a MindSpore name (kind ``mindspore``, with
        ``target``). The longest dotted prefix that is a module of the
        project decides; None when nothing is known.
        """
        if depth > MAX_DEPTH or not qualified or "." not in qualified:
            return None
        if is_mindspore(qualified):
            return Definition(None, "", "mindspore", None, target=qualified) if depth else None
        extra = frozenset(extra_bases)
        key = (root, qualified, extra)
        if key in self._definitions:
            return self._definitions[key]
        self._definitions[key] = None  # re-exports that go round in circles stop here
        parts = qualified.split(".")
        found = None
        for cut in range(len(parts) - 1, 0, -1):
            index = self.index(root, ".".join(parts[:cut]), extra)
            if index is not None:
                if not third_party(index.path):
                    found = self._member(index, parts[cut:], root, extra, depth)
                break
        self._definitions[key] = found
        return found

    def _member(self, index, rest, root, extra, depth) -> Optional[Definition]:
        name = rest[0]
        info = index.classes.get(name)
        if info is not None and "." not in info.qualname:
            if len(rest) == 1:
                return Definition(index, index.path, "class", info.node, info)
            method = index.method(info, rest[1]) if len(rest) == 2 else None
            return Definition(index, index.path, "method", method[0], method[1]) if method else None
        if len(rest) == 1 and name in index.functions:
            return Definition(index, index.path, "function", index.functions[name])
        if len(rest) == 1 and name in index.module_values:
            return Definition(index, index.path, "value", index.module_values[name])
        value = index.module_values.get(name)
        if len(rest) == 2 and isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
            # `registry = Registry()` at module level: `registry.register` is Registry's method
            method = index.instance_method(name, rest[1])
            return Definition(index, index.path, "method", method[0], method[1]) if method else None
        target = index.names.aliases.get(name)  # a re-export, or a module imported there
        if target:
            return self.definition(".".join([target, *rest[1:]]), root, extra, depth + 1)
        for module in star_modules(index.names.aliases):  # `from .generic import *` in a package
            if not is_mindspore(module):
                found = self.definition(".".join([module, *rest]), root, extra, depth + 1)
                if found is not None:
                    return found
        return None

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
        tree, names = loaded[:2]
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                return any(self._base_is_cell(b, names, module, root, depth, seen) for b in node.bases)
        # a re-export: `from .base import BaseModel` in a package's __init__.py
        target = names.aliases.get(name)
        if target and target != qualified:
            return self.is_cell(target, root, depth + 1, seen)
        return False

    def _base_is_cell(self, base, names, module, root, depth, seen) -> bool:
        from .scopes import is_library_cell

        qualified = names.qualname(base)
        if qualified is None and isinstance(base, ast.Name):
            qualified = f"{module}.{base.id}"  # a class of the same module
        if is_library_cell(qualified):
            return True
        return bool(qualified) and self.is_cell(qualified, root, depth + 1, seen)


@lru_cache(maxsize=4)
def shared(project_root: Optional[str] = None) -> Project:
    """One Project per run and project folder."""
    return Project(project_root)
