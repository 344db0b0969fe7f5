"""Modules of the project that can never be imported, read on their import lines.

A module whose import lines fail when it is imported never builds a Cell, so
none of its graph code is compiled (MSG518). Three failures are certain and
visible without running anything:

* it imports, outside any branch, a MindSpore name 2.10 lacks (MSG517's scan);
* a relative import names a module the project does not have
  (``from .Backbone import I3D`` with no ``Backbone.py`` beside it), or an absolute
  one a module of a package of the project that the package lacks
  (``from model.backbone1 import X`` with ``model/__init__.py`` and no ``backbone1``);
* it imports, outside any branch, a module of the project that cannot be
  imported, or it sits in a package whose ``__init__.py`` cannot be.

Imports of modules outside the project (installed packages) are never judged:
whether they are installed is not known here. Needs the project view (the CLI
and pylint); flake8 sees one file.
"""
from __future__ import annotations

import ast
import bisect
import glob
import os
import re
from typing import Dict, List, Optional, Tuple

from . import missing_names
from .names import add_import
from .project import MAX_MODULE_BYTES, module_file, module_name, read_regular, resolve_relative

MAX_DEPTH = 16


def failure(project, path: str, tree: ast.Module, aliases: Dict[str, str], source: str,
            depth: int = 0) -> Optional[Tuple[str, int, str, str]]:
    """(path, line, why, root cause) of the first import that fails when this module is imported,
    else None.
    Without a project (flake8's one file) only its own relative imports are read."""
    if project is None:
        folder = os.path.dirname(os.path.abspath(path))
        if os.path.basename(path) in ("stdin", "-", "<stdin>") or not os.path.isdir(folder):
            return None  # no file to stand beside
        return _failure(None, path, tree, aliases, source, depth)
    verdicts = _verdicts(project)
    key = verdicts.real(path)
    known, found = verdicts.lookup(key)
    if known:
        return found
    verdicts.stack.add(key)
    cuts = verdicts.cuts
    try:
        found = _failure(project, path, tree, aliases, source, depth)
    finally:
        verdicts.stack.discard(key)
    verdicts.keep(key, found, final=verdicts.cuts == cuts)
    return found


class _Verdicts:
    """Each module's verdict for this run, by real path (kept on the project).

    A module reached again while it is being judged (an import cycle) or past MAX_DEPTH is taken
    for importable there. A verdict that leaned on such a cut is kept only until the outermost
    question is answered: it may be importable only as seen from inside the cycle (a package's
    ``__init__`` in progress), and the module asked about on its own later must be judged again.
    So is a failure found past a cut: which import fails first can depend on it (a module judged
    from inside its package's ``__init__`` skips the package; asked on its own, the package runs
    first), and the answer must not depend on which file was checked first."""

    def __init__(self) -> None:
        self.final: Dict[str, Optional[Tuple[str, int, str, str]]] = {}
        self.provisional: Dict[str, Optional[Tuple[str, int, str, str]]] = {}
        self.stack: set = set()
        self.cuts = 0
        self._real: Dict[str, str] = {}
        self.read: Dict[str, Optional[Tuple[ast.Module, Dict[str, str], str]]] = {}

    def real(self, path: str) -> str:
        """``os.path.realpath``, once per path spelling (it stats every folder on the way, and a
        package's modules are reached again from each module that imports them)."""
        found = self._real.get(path)
        if found is None:
            found = self._real[path] = os.path.realpath(path)
        return found

    def lookup(self, key: str):
        """(known, verdict); a module being judged counts as a cut, importable."""
        if key in self.final:
            return True, self.final[key]
        if key in self.stack:
            self.cuts += 1
            return True, None
        if key in self.provisional:
            self.cuts += 1  # (it leaned on a cut itself)
            return True, self.provisional[key]
        return False, None

    def keep(self, key: str, found, final: bool) -> None:
        (self.final if final else self.provisional)[key] = found
        if not self.stack:
            # the outermost question is answered. When every module it judged was found
            # importable, those that leaned on a cut (a module still being imported) too, the
            # assumption behind each cut held everywhere: their verdicts are final. Without this a
            # package whose modules import each other in a cycle was judged again, whole, for every
            # file checked (mindone 0.5.0: 1,729 files, 20 minutes, 98% of it here)
            if found is None and not any(self.provisional.values()):
                self.final.update(self.provisional)
            self.provisional.clear()


def _verdicts(project) -> _Verdicts:
    found = project.__dict__.get("_import_verdicts")
    if found is None:
        found = project.__dict__["_import_verdicts"] = _Verdicts()
    return found


def _failure(project, path, tree, aliases, source, depth) -> Optional[Tuple[str, int, str, str]]:
    if depth > MAX_DEPTH:
        if project is not None:
            _verdicts(project).cuts += 1
        return None
    module, root = module_name(path)
    is_package = os.path.basename(path) == "__init__.py"
    # the packages above it run first, before the module itself is being imported: a package
    # whose __init__ imports this very module runs it in full (kungfu's debug package, census
    # 7335; judging the module as "in progress" there made the verdict depend on which file of
    # the package was checked first, so on how files were shared between worker processes)
    parts = module.split(".")
    verdicts = _verdicts(project) if project is not None else None
    key = verdicts.real(path) if verdicts is not None else None
    held = verdicts is not None and key in verdicts.stack
    if held:
        verdicts.stack.discard(key)
    try:
        for end in range(1, len(parts) if project is not None else 1):
            package = ".".join(parts[:end])
            init = os.path.join(root, *parts[:end], "__init__.py")
            broken = _of_file(project, init, depth)
            if broken is not None:
                return path, 1, f"its package `{package}` cannot be imported ({broken[3]})", broken[3]
    finally:
        if held:
            verdicts.stack.add(key)
    scan = missing_names._scan(tree, aliases, source)
    # the first failure in the file's order is the one Python raises
    found = [(getattr(node, "lineno", 1), f"{missing_names.owner(namespace)} has no `{namespace}.{name}`")
             for node, namespace, name, _ in scan.import_time]
    first = min(found)[0] if found else None
    for stmt in tree.body:
        if first is not None and stmt.lineno >= first:
            break
        if not isinstance(stmt, (ast.Import, ast.ImportFrom)):
            continue
        for target, dotted in _project_targets(project, stmt, module, is_package, root):
            if target is None:
                why = f"the project has no module `{dotted}`"
                return path, stmt.lineno, why, _where(path, stmt.lineno, why)
            broken = _of_file(project, target, depth) if project is not None else None
            if broken is not None:
                # the module it imports and the root cause, not every module between
                return path, stmt.lineno, f"`{dotted}` cannot be imported ({broken[3]})", broken[3]
    if found:
        line, why = min(found)
        return path, line, why, _where(path, line, why)
    return None


def _of_file(project, path: str, depth: int) -> Optional[Tuple[str, int, str, str]]:
    """Another module's failure, read on its import-time lines only (no whole parse: following a
    package's imports reaches most of the project, whose trees would all be kept)."""
    verdicts = _verdicts(project)
    key = verdicts.real(path)
    known, found = verdicts.lookup(key)
    if known:
        return found  # (asked before reading the file again)
    if key not in verdicts.read:
        # a module in an import cycle may be judged again (its verdict leaned on a cut): its text is
        # read and its import-time lines parsed once
        verdicts.read[key] = _import_time_view(path)
    view = verdicts.read[key]
    if view is None:
        return None  # not readable: reported where it is checked itself
    tree, aliases, text = view
    return failure(project, path, tree, aliases, text, depth + 1)


def _import_time_view(path: str) -> Optional[Tuple[ast.Module, Dict[str, str], str]]:
    data = read_regular(path) if os.path.isfile(path) else None
    if data is None or len(data) > MAX_MODULE_BYTES:
        return None
    source = data.decode("utf-8", "replace")
    module, _ = module_name(path)
    tree, text = _import_time_tree(source)
    if _REMOVED_NUMPY.search(source):
        # `np.int` in a module-level table (x2ms_adapter's util_api): rare, so read whole then
        try:
            tree, text = ast.parse(source), source
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    aliases: Dict[str, str] = {}
    for stmt in tree.body:
        add_import(aliases, stmt, module, os.path.basename(path) == "__init__.py")
    return tree, aliases, text


_HEAD_LINE = re.compile(r"^(?:import |from |@|class )", re.M)
# (written to start with a literal `n`, whose word boundary is a look-behind: a leading `\b` makes
# the engine try every position of the text, twenty times slower on every imported module)
_REMOVED_NUMPY = re.compile(r"n(?<!\wn)(?:p|umpy)\.(?:%s)\b(?![\w.(])" % "|".join(sorted(missing_names.NUMPY_REMOVED)))
_TRIPLE = re.compile(r"\"\"\"|\'\'\'")


def _import_time_tree(source: str) -> Tuple[ast.Module, str]:
    """The statements at column 0 that run when the module is imported and can fail on a name:
    imports, decorators and class headers (bases), at their own line numbers, and their text.
    Lines inside triple-quoted strings are skipped. Parsed in one go; should that fail, each
    statement on its own (one that does not parse is left out). Found with patterns, not by
    walking the lines in Python: this runs on every module a checked module's imports reach."""
    strings = _string_spans(source)
    lines = source.splitlines()
    kept = [""] * len(lines)
    pieces: List[Tuple[int, int]] = []  # (first, last + 1) line index of each statement kept
    number, counted, line_at = 0, 0, 0
    for match in _HEAD_LINE.finditer(source):
        at = match.start()
        if strings and _inside(strings, at):
            continue
        line_at += source.count("\n", counted, at)  # the matches come in text order
        counted = at
        start = line_at
        if start < number or start >= len(lines):
            continue  # part of a statement already kept
        line = lines[start]
        number = start + 1
        if line.startswith(("import ", "from ")):
            text = line
            while (text.count("(") > text.count(")") or text.rstrip().endswith("\\")) and number < len(lines):
                text += "\n" + lines[number]
                number += 1
            kept[start:number] = text.split("\n")
        elif line.startswith("@"):
            while number < len(lines) and lines[number].startswith("@"):
                number += 1
            if number >= len(lines):
                continue
            kept[start:number] = lines[start:number]
            kept[number] = "def _msgl_(): pass"  # (the decorated line, whatever it was)
            number += 1
        else:
            header = line.split("#", 1)[0].rstrip()
            if not header.endswith(":"):
                continue  # a header on several lines: left out
            kept[start] = header + " pass"
        pieces.append((start, number))
    text = "\n".join(kept)
    try:
        return ast.parse(text), text
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass
    body: List[ast.stmt] = []
    for first, last in pieces:
        try:
            parsed = ast.parse("\n".join(kept[first:last])).body
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for stmt in parsed:
            ast.increment_lineno(stmt, first)
            body.append(stmt)
    return ast.Module(body=body, type_ignores=[]), text


def _string_spans(source: str) -> List[Tuple[int, int]]:
    """(start, end) of each triple-quoted string, roughly (quotes inside other strings count)."""
    spans, opened, kind = [], -1, ""
    for match in _TRIPLE.finditer(source):
        if opened < 0:
            opened, kind = match.start(), match.group()
        elif match.group() == kind:
            spans.append((opened, match.end()))
            opened = -1
    if opened >= 0:
        spans.append((opened, len(source)))
    return spans


def _inside(spans: List[Tuple[int, int]], at: int) -> bool:
    index = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return index >= 0 and spans[index][0] < at < spans[index][1]


def _project_targets(project, stmt, module: str, is_package: bool, root: str):
    """The project files an import line runs: (file, dotted), or (None, dotted) for a relative
    import of a module the project does not have."""
    if isinstance(stmt, ast.Import):
        for alias in stmt.names if project is not None else ():
            found = project.locate(root, alias.name)
            if found is not None:
                yield found, alias.name
            elif _missing_submodule(project, root, alias.name):
                yield None, alias.name
        return
    if stmt.level:
        base = resolve_relative(module, stmt.level, stmt.module, is_package)
        if not base:
            return
        folder = os.path.join(root, *base.split("."))
        if stmt.module:
            if not _exists(folder):
                yield None, base
                return
            found = module_file(folder)
            if found is not None:
                yield found, base
        else:
            for alias in stmt.names:  # `from . import x`: a submodule, or a name the package defines
                found = module_file(os.path.join(folder, alias.name))
                if found is not None:
                    yield found, f"{base}.{alias.name}"
        return
    if stmt.module and project is not None:
        found = project.locate(root, stmt.module)
        if found is not None:
            yield found, stmt.module
        elif _missing_submodule(project, root, stmt.module):
            yield None, stmt.module


def _missing_submodule(project, root: str, dotted: str) -> bool:
    """``model.backbone1`` where ``model`` is a package of the project (an ``__init__.py``) with
    no such module: the import raises ModuleNotFoundError, whatever is installed (Python finds
    the project's ``model`` first). MASTER's ``model/master.py``, census 7335."""
    parent, _, last = dotted.rpartition(".")
    if not parent:
        return False
    package = project.locate(root, parent)
    return package is not None and os.path.basename(package) == "__init__.py" \
        and not _exists(os.path.join(os.path.dirname(package), last))


def _exists(base: str) -> bool:
    """A module file, a package or namespace folder, or a compiled extension by that name."""
    return os.path.isfile(base + ".py") or os.path.isdir(base) or bool(
        glob.glob(glob.escape(base) + ".*so") or glob.glob(glob.escape(base) + ".pyd")
        or os.path.isfile(base + ".pyc"))


def rooted_in(broken: Tuple[str, int, str, str], path: str, lines: List[int]) -> bool:
    """Is the root cause of ``broken`` one of these lines of ``path`` itself?"""
    return any(broken[3].startswith(_where(path, line, "")) for line in lines)


def _where(path: str, line: int, why: str) -> str:
    """``models/__init__.py:1: why`` (a package's ``__init__`` with its folder)."""
    name = os.path.basename(path)
    if name == "__init__.py":
        name = f"{os.path.basename(os.path.dirname(path))}/{name}"
    return f"{name}:{line}: {why}"
