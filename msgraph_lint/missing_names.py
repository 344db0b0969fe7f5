"""Names MindSpore 2.10 does not have: ``ms_function``, ``nn.ResizeBilinear``, ``ops.chumk``.

Code ported from MindSpore 1.x (or from PyTorch) reads names that 2.10 removed or
never had. Where the read runs decides what fails (measured, MSG517's cases):

* an import, or a read at module level outside any branch (a decorator, a class
  body): importing the module raises, so none of its Cells is ever built, and
  the analysis stops there (its other findings would be about code that never
  compiles);
* a read at the top of a Cell's ``__init__``: building the Cell raises
  AttributeError in every mode, so its construct is never compiled;
* a read in graph code: graph mode fails to compile that line.

What 2.10 has is ``rules/tables/mindspore_names.toml`` (``dir()`` of each
namespace, written by ``tools/gen_mindspore_names.py``). A name is checked only
against the longest listed namespace it starts with, so attributes of classes
(``nn.Cell.xyz``) and modules not listed are never judged, nor dunder names and
the private names of compiled modules. An alias an import under a module-level
``try`` or ``if`` binds is not judged either: the other branch may bind it to
something else. Reads under ``if``, ``try``, loops and ``with`` are left
alone: a version check or an ``except ImportError`` may keep them from running.
"""
from __future__ import annotations

import ast
import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from . import catalog
from .astwalk import walk
from .names import add_import, attribute_chain

_TABLE = None
_COMPOUND = (ast.If, ast.Try, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith)


def may_not_run(stmt: ast.stmt) -> bool:
    """A branch, loop, ``try`` or ``with``: what is under it may not run (or may be caught)."""
    return isinstance(stmt, _COMPOUND) or type(stmt).__name__ in ("Match", "TryStar")


_NAMESPACE = re.compile(r'^\[namespace\."([^"]+)"\]\n(compiled = true\n)?names = """\n(.*?)"""', re.M | re.S)


class _Table:
    """Each listed namespace with the names it has. The file is 400 kB: read with one pattern
    (its layout is the generator's) instead of tomllib, and each namespace's names made a set
    only when a read is judged against it. ``tests/test_missing_names.py`` checks that this
    reading equals tomllib's."""

    def __init__(self, text: str) -> None:
        matches = list(_NAMESPACE.finditer(text))
        self._raw = {match.group(1): match.group(3) for match in matches}
        # compiled extensions (``_c_expression``): their private names are never judged
        self.compiled = frozenset(match.group(1) for match in matches if match.group(2))
        self._sets: Dict[str, frozenset] = {}

    def get(self, namespace: str) -> Optional[frozenset]:
        names = self._sets.get(namespace)
        if names is None:
            raw = self._raw.get(namespace)
            if raw is None:
                return None
            names = self._sets[namespace] = frozenset(raw.split())
        return names

    def __contains__(self, namespace: str) -> bool:
        return namespace in self._raw

    def __iter__(self):
        return iter(self._raw)


def namespaces() -> _Table:
    """The table (read once)."""
    global _TABLE
    if _TABLE is None:
        path = catalog.rules_dir() / "tables" / "mindspore_names.toml"
        _TABLE = _Table(path.read_text(encoding="utf-8"))
    return _TABLE


# NumPy's aliases of Python types and the helpers NumPy 1.24 removed (expired deprecations).
# MindSpore 2.10 requires numpy>=1.25 (its wheel's metadata) and is built against NumPy 1, so no
# environment it runs in has them: `np.int` raises AttributeError (measured with numpy 1.26.4).
NUMPY_REMOVED = frozenset({"int", "float", "bool", "object", "long", "str", "unicode", "complex",
                           "typeDict", "asscalar"})


def owner(namespace: str) -> str:
    """Who lacks the name, for the message."""
    if namespace == "numpy":
        # (NumPy 2 brought `np.bool` and `np.long` back, but MindSpore 2.10 does not run on it)
        return "NumPy 1.25–1.26 (the only NumPy MindSpore 2.10 runs with)"
    return "MindSpore 2.10"


def missing(qualified: str) -> Optional[Tuple[str, str]]:
    """(namespace, name) when the dotted name reads a name its namespace lacks, else None."""
    if qualified.startswith("numpy."):
        parts = qualified.split(".")
        return ("numpy", parts[1]) if len(parts) == 2 and parts[1] in NUMPY_REMOVED else None
    if not qualified.startswith("mindspore."):
        return None
    table = namespaces()
    parts = qualified.split(".")
    for end in range(len(parts) - 1, 0, -1):
        names = table.get(".".join(parts[:end]))
        if names is not None:
            name, namespace = parts[end], ".".join(parts[:end])
            if name in names or name.startswith("__") or (name.startswith("_") and namespace in table.compiled):
                return None
            return namespace, name
    return None


class Scan:
    """What one module reads that MindSpore 2.10 lacks."""

    def __init__(self) -> None:
        # imports and reads that run when the module is imported: (node, namespace, name, spelled)
        self.import_time: List[Tuple[ast.AST, str, str, str]] = []
        # every other read of a missing name: id(Attribute) -> (namespace, name, spelled)
        self.reads: Dict[int, Tuple[str, str, str]] = {}


def scan(index) -> Scan:
    """The module's reads of missing names (computed once per index)."""
    return _scan(index.tree, index.names.aliases, index.source)


def _scan(tree: ast.Module, aliases: Dict[str, str], source: str) -> Scan:
    """Kept on the tree: a module another one imports is scanned once however often it is asked."""
    found = getattr(tree, "_msgl_missing", None)
    if found is None:
        found = tree._msgl_missing = _scan_tree(tree, aliases, source)
    return found


def _scan_tree(tree: ast.Module, aliases: Dict[str, str], source: str) -> Scan:
    result = Scan()
    if "mindspore" not in source and "numpy" not in source:
        return result
    for stmt in tree.body:  # imports outside any branch
        for qualified, spelled in _imported(stmt):
            gap = missing(qualified)
            if gap is not None:
                result.import_time.append((stmt, gap[0], gap[1], spelled))
    guarded = _bound_under_try(tree)
    local = {name: target for name, target in aliases.items()
             if (target in ("mindspore", "numpy") or target.startswith("mindspore.")) and name not in guarded}
    if not local or not _any_missing_chain(local, source):
        return result
    for node in walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            qualified = _raw(node, local)
            gap = missing(qualified) if qualified else None
            inner = node.value
            if gap is not None and not (isinstance(inner, ast.Attribute) and missing(_raw(inner, local) or "")):
                result.reads[id(node)] = (gap[0], gap[1], ast.unparse(node))
    if result.reads:
        rebound = _rebound(tree, local)
        for node in _import_time_expressions(tree):
            for sub in evaluated(node):
                if id(sub) in result.reads:
                    if rebound and not _missing_then(sub, rebound, local):
                        del result.reads[id(sub)]  # (it read what an earlier binding named)
                        continue
                    result.import_time.append((sub, *result.reads[id(sub)]))
    return result


def _rebound(tree: ast.Module, local: Dict[str, str]) -> Dict[str, List[Tuple[int, Optional[str]]]]:
    """The aliases the module's top level binds more than once, each with its bindings in order:
    (line, what an import binds it to, or None for any other binding). Code run at import time
    reads the binding made before it; a function called later reads the last one."""
    bindings: Dict[str, List[Tuple[int, Optional[str]]]] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            bound: Dict[str, str] = {}
            add_import(bound, stmt)  # (a relative import binds a name to what is not known here)
            for alias in stmt.names:
                if alias.name != "*":
                    name = (alias.asname or alias.name).split(".")[0]
                    bindings.setdefault(name, []).append((stmt.lineno, bound.get(name)))
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bindings.setdefault(stmt.name, []).append((stmt.lineno, None))
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                for node in walk(target):
                    if type(node) is ast.Name:
                        bindings.setdefault(node.id, []).append((stmt.lineno, None))
    return {name: found for name, found in bindings.items() if name in local and len(found) > 1}


def _missing_then(node: ast.Attribute, rebound, local: Dict[str, str]) -> bool:
    """Is the name read at import time missing under the binding its alias had at that line?"""
    head = attribute_chain(node)[0]
    found = rebound.get(head)
    if found is None:
        return True
    before = [target for line, target in found if line < node.lineno]
    if not before or before[-1] is None:
        return False  # unbound then, or bound to something else: not this name's failure
    qualified = _raw(node, {**local, head: before[-1]})
    return bool(qualified) and missing(qualified) is not None


def _bound_under_try(tree: ast.Module) -> set:
    """Names an import under a module-level ``try`` or ``if`` binds: ``except ImportError:`` or
    a version check may bind them to something else (``import mindspore._checkparam as
    Validator``), so what they name is not known."""
    names = set()
    for stmt in tree.body:
        if isinstance(stmt, (ast.Try, ast.If)) or type(stmt).__name__ == "TryStar":
            for node in walk(stmt):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _imported(stmt: ast.stmt):
    if isinstance(stmt, ast.Import):
        for alias in stmt.names:
            yield alias.name, f"import {alias.name}"
    elif isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
        for alias in stmt.names:
            if alias.name != "*":
                yield f"{stmt.module}.{alias.name}", f"from {stmt.module} import {alias.name}"


def _any_missing_chain(local: Dict[str, str], source: str) -> bool:
    """Cheap text pass: does any ``alias.a.b`` in the source read a missing name? (A pattern that
    starts with the alias itself is found fast; where it stands is checked only for the rare
    chain that is missing.)"""
    for alias, target in local.items():
        if alias + "." in source:
            for chain in set(_chains(alias).findall(source)):
                if missing(target + chain) and _standalone(source, alias + chain):
                    return True
    return False


@lru_cache(maxsize=256)
def _chains(alias: str):
    return re.compile(re.escape(alias) + r"((?:\.[A-Za-z_]\w*)+)")


def _standalone(source: str, text: str) -> bool:
    """``text`` somewhere not right after a word, ``.`` or ``/`` (``www.mindspore.cn`` is no read)."""
    at = source.find(text)
    while at >= 0:
        if at == 0 or not (source[at - 1].isalnum() or source[at - 1] in "_./"):
            return True
        at = source.find(text, at + 1)
    return False


def _raw(node: ast.AST, local: Dict[str, str]) -> Optional[str]:
    """The dotted name as written, with the import alias spelled out (not normalised)."""
    parts = attribute_chain(node)
    if not parts or parts[0] not in local:
        return None
    return ".".join([local[parts[0]], *parts[1:]])


def _import_time_expressions(tree: ast.Module):
    """The expressions importing the module evaluates whatever happens: top-level statements
    outside any branch, decorators, bases, default values and class bodies (not function bodies,
    not annotations)."""
    todo = list(reversed(tree.body))  # in source order
    while todo:
        stmt = todo.pop()
        if may_not_run(stmt):
            continue
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from stmt.decorator_list
            yield from (d for d in stmt.args.defaults + stmt.args.kw_defaults if d is not None)
        elif isinstance(stmt, ast.ClassDef):
            yield from stmt.decorator_list
            yield from stmt.bases
            yield from (k.value for k in stmt.keywords)
            todo.extend(reversed(stmt.body))
        elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
            continue
        else:
            yield stmt


def evaluated(root: ast.AST, in_function: bool = False):
    """The nodes under ``root`` that running it evaluates: not the body of a ``lambda`` or of a
    nested ``def`` (PDarts' ``OPS = {'conv_7x1_1x7': lambda C: nn.Sequential(...)}`` imports
    fine; only calling that entry would fail), though their defaults and decorators run. In a
    function body (``in_function``) the annotations of its variables are not evaluated either. Of
    ``a or b`` / ``a and b`` only ``a`` surely runs, of ``x if c else y`` only ``c``."""
    todo = [root]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Lambda):
            todo.extend(d for d in node.args.defaults + node.args.kw_defaults if d is not None)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node is not root:
            todo.extend(node.decorator_list)
            todo.extend(d for d in node.args.defaults + node.args.kw_defaults if d is not None)
            continue
        yield node
        if isinstance(node, ast.BoolOp):
            # `str or (sys.version_info[0] == 2 and unicode)`: only the first operand surely runs
            # (Chinese-CLIP's BERT, census 7334: Python 3 never reads `unicode` there)
            todo.append(node.values[0])
            continue
        if isinstance(node, ast.IfExp):
            todo.append(node.test)  # one arm or the other, not both
            continue
        if in_function and isinstance(node, ast.AnnAssign):
            # a function body never evaluates its variables' annotations (`self.x: Foo = v`)
            todo.extend(n for n in (node.target, node.value) if n is not None)
            continue
        todo.extend(ast.iter_child_nodes(node))


def init_reads(init: ast.FunctionDef, found: Scan) -> List[Tuple[ast.AST, str, str, str]]:
    """Reads of missing names at the top of ``__init__`` (outside any branch): building fails."""
    hits = []
    if not found.reads:
        return hits
    for stmt in init.body:
        if may_not_run(stmt):
            continue
        for node in evaluated(stmt, in_function=True):
            if id(node) in found.reads:
                hits.append((node, *found.reads[id(node)]))
    return hits


def check_read(node: ast.Attribute, ctx):
    """MSG517 in graph code: the line reads a name MindSpore 2.10 does not have."""
    gap = scan(ctx.index).reads.get(id(node))
    if gap is not None and gap[0] != "numpy":
        # (graph code does not fail on NumPy's removed aliases: `np.float(2)` in construct compiles
        # at both levels, names_numpy_float_alias_in_construct.py; Python code run at import or in
        # __init__ does)
        yield ctx.hit("MSG517", node, name=gap[2], missing=f"{gap[0]}.{gap[1]}", owner=owner(gap[0]),
                      effect="graph mode fails to compile this line")
