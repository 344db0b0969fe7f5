"""Parents in other modules: what the Cells that hold a Cell pass to its construct.

A Cell defined in ``parts.py`` and held by a Cell of ``model.py``
(``self.pool = PartPool()`` … ``self.pool(x, feat, 1)``) is not called by the
user: its construct's arguments are what its parents pass. Graph mode folds a
Python value passed there (``1``, ``x.shape[2]``, ``h`` from ``b, c, h, w =
x.shape``), so a view or a slice built from it is static (measured,
tests/fixtures/crossmodule_callers). Each parent's call is read on its text:
an argument is known to be a Python value when it is a literal, a size read off
a shape, or a local name bound only to such values; anything else leaves the
parameter as it was (tensor data for a top-level Cell).

The parents are found through :meth:`Project.importers` (the project's import
lines), so this needs the CLI's or pylint's view of the project; flake8 sees one
file and keeps the top-level assumption.
"""
from __future__ import annotations

import ast
import os
from typing import Dict, List, Optional, Tuple

from ..scopes import ClassInfo, ModuleIndex, argument_defaults, is_self_attr
from . import constants
from .lattice import CONST, Val, join

_SHAPE_ATTRS = frozenset({"shape", "ndim", "size"})
# `int(x)` is left out: of a tensor it is data (MindSpore makes the shapes it sizes dynamic)
_PYTHON_CALLS = frozenset({"len", "min", "max", "abs", "round", "tuple", "list"})
MAX_PARENTS = 32  # parent modules read for one Cell


class Parents:
    """The calls that Cells of other modules make to one Cell's construct."""

    def __init__(self, held: bool, calls: List[Tuple[ast.Call, ast.FunctionDef, ClassInfo]]):
        self.held = held  # some Cell of another module holds it (as an attribute or in a CellList)
        self.calls = calls  # each call, the parent's method it is in, and the parent class

    def arguments(self, fn: ast.FunctionDef) -> Optional[Dict[str, Val]]:
        """The parameters every visible call passes a Python value (or leaves at its literal
        default), with that value; None when no call is visible or one unpacks its arguments."""
        if not self.calls:
            return None
        positional = [a.arg for a in list(fn.args.posonlyargs) + list(fn.args.args)][1:]
        accepted = set(positional) | {a.arg for a in fn.args.kwonlyargs}
        defaults = argument_defaults(fn)
        merged: Dict[str, Optional[Val]] = {}
        for call, method, parent in self.calls:
            if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
                return None
            passed: Dict[str, ast.expr] = dict(zip(positional, call.args))
            passed.update((k.arg, k.value) for k in call.keywords if k.arg in accepted)
            for name in accepted:
                if name in passed:
                    val = python_value(passed[name], method, parent, 0)
                else:
                    known = constants.literal(defaults[name]) if name in defaults else None
                    val = constants.constant(known[0]) if known is not None else None
                if val is None:
                    merged[name] = None
                elif name not in merged:
                    merged[name] = val
                elif merged[name] is not None:
                    merged[name] = join(merged[name], val)
        return {name: val for name, val in merged.items() if val is not None}


def parents(index: ModuleIndex, info: ClassInfo) -> Optional[Parents]:
    """The Cells of other project modules that hold ``info`` and call it; None when none is seen."""
    project = index.project
    if project is None or not index.module_name or "." in info.qualname:
        return None
    target = f"{index.module_name}.{info.name}"
    here = os.path.realpath(index.path)
    held, calls = False, []
    candidates = project.importers(index.root, info.name) + project.importers(index.root, index.module_name.rsplit(".", 1)[-1])
    seen = set()
    for root, module in candidates:
        if (root, module) in seen or module == index.module_name:
            continue
        seen.add((root, module))
        if len(seen) > MAX_PARENTS:
            break
        other = project.index(root, module, index.extra_bases)
        if other is None or os.path.realpath(other.path) == here:
            continue
        for parent in other.classes.values():
            if parent.kind != "cell":
                continue
            singles, lists = _holding_attrs(other, parent, target, info.name, here)
            if singles or lists:
                held = True
                calls.extend(_parent_calls(parent, singles, lists))
    return Parents(held, calls) if held else None


def module_parents(index: ModuleIndex, info: ClassInfo) -> Optional[Parents]:
    """The Cells of ``info``'s own module that hold it, with every call their methods make to it,
    read on the text. These are the calls the flow did not reach (in a branch a module constant
    turns off, in a method construct never calls): they still say what each argument is
    (``self.bias(x.shape[2])``: a size, not tensor data)."""
    held, calls = False, []
    for parent in index.classes.values():
        if parent.kind != "cell" or parent is info:
            continue
        singles = {name for name, attr in parent.attrs.items() if attr.kind == "cell" and attr.cls == info.name}
        lists = {name for name, attr in parent.attrs.items()
                 if attr.kind == "cell_list" and info.name in (attr.cls or "").split(",")}
        if singles or lists:
            held = True
            calls.extend(_parent_calls(parent, singles, lists))
    return Parents(held, calls) if held else None


def _parent_calls(parent: ClassInfo, singles: set, lists: set) -> List[Tuple[ast.Call, ast.FunctionDef, ClassInfo]]:
    """Every call the methods of ``parent`` make through the attributes that hold the Cell."""
    return [(call, method, parent) for method in parent.methods.values()
            for call in _calls_to(method, singles, lists)]


def _holding_attrs(other: ModuleIndex, parent: ClassInfo, target: str, name: str, here: str):
    """The attributes of ``parent`` that hold the Cell (one each), and those that hold a list of them."""
    singles, lists = set(), set()
    for attr_name, attr in parent.attrs.items():
        if attr.kind == "cell_list":
            names = attr.cls.split(",") if attr.cls else []
            if any(_is_target(other, n, target, name, here) for n in names):
                lists.add(attr_name)
        elif attr.kind in ("cell", "unknown") and attr.call is not None:
            qualified = other.names.qualname(attr.call.func)
            if qualified and _is_target(other, qualified, target, name, here):
                singles.add(attr_name)
    return singles, lists


def _is_target(other: ModuleIndex, qualified: str, target: str, name: str, here: str) -> bool:
    if qualified == target:
        return True
    if qualified.rsplit(".", 1)[-1] != name or other.project is None:
        return False
    found = other.project.definition(qualified, other.root, other.extra_bases)
    return found is not None and found.kind == "class" and os.path.realpath(found.path) == here \
        and found.info is not None and found.info.name == name


def _calls_to(method: ast.FunctionDef, singles: set, lists: set) -> List[ast.Call]:
    """``self.<single>(...)``, ``self.<list>[i](...)`` and ``v(...)`` in ``for v in self.<list>``."""
    loop_vars = set()
    for node in ast.walk(method):
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and is_self_attr(node.iter) \
                and node.iter.attr in lists:
            loop_vars.add(node.target.id)
    found = []
    for node in ast.walk(method):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if is_self_attr(func) and func.attr in singles:
            found.append(node)
        elif isinstance(func, ast.Subscript) and is_self_attr(func.value) and func.value.attr in lists:
            found.append(node)
        elif isinstance(func, ast.Name) and func.id in loop_vars:
            found.append(node)
    return found


def python_value(node: ast.expr, method: ast.FunctionDef, parent: ClassInfo, depth: int) -> Optional[Val]:
    """The value of a parent's call argument when it is surely a Python value, else None."""
    if depth > 4:
        return None
    if isinstance(node, ast.Constant):
        known = constants.literal(node)
        return Val(CONST, "scalar", known=known)
    if isinstance(node, (ast.Tuple, ast.List)):
        parts = [python_value(e, method, parent, depth + 1) for e in node.elts]
        return Val(CONST, "tuple") if all(p is not None for p in parts) else None
    if isinstance(node, ast.UnaryOp):
        return Val(CONST, "scalar") if python_value(node.operand, method, parent, depth + 1) else None
    if isinstance(node, ast.BinOp):
        sides = (python_value(node.left, method, parent, depth + 1), python_value(node.right, method, parent, depth + 1))
        return Val(CONST, "scalar") if all(sides) else None
    if _is_shape_read(node):
        return Val(CONST, "tuple" if isinstance(node, ast.Attribute) and node.attr == "shape" else "scalar")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _PYTHON_CALLS:
        return Val(CONST, "scalar") if node.func.id == "len" or all(
            python_value(a, method, parent, depth + 1) for a in node.args) else None
    if is_self_attr(node):
        attr = parent.attr(node.attr)
        if attr is not None and attr.kind in ("const", "none"):
            return constants.constant(attr.known[0]) if attr.known is not None else Val(CONST, "scalar")
        return None
    if isinstance(node, ast.Name):
        return _local_value(node.id, method, parent, depth)
    return None


def _is_shape_read(node: ast.expr) -> bool:
    """``x.shape``, ``x.shape[2]``, ``x.shape[:2]``, ``x.ndim``, ``x.size``."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return isinstance(node, ast.Attribute) and node.attr in _SHAPE_ATTRS


def _local_value(name: str, method: ast.FunctionDef, parent: ClassInfo, depth: int) -> Optional[Val]:
    """A local name of the parent's method bound only to Python values (never a parameter)."""
    if any(a.arg == name for a in ast.walk(method.args) if isinstance(a, ast.arg)):
        return None
    bound = False
    for node in ast.walk(method):
        if isinstance(node, ast.Assign):
            # `n = x.shape[2]`, or `b, c, h, w = x.shape`: a Python value, or unpacked from one
            if any(_binds(target, name) for target in node.targets):
                if python_value(node.value, method, parent, depth + 1) is None:
                    return None
                bound = True
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and _binds(node.target, name):
            if node.value is None or python_value(node.value, method, parent, depth + 1) is None:
                return None
            bound = True
        elif isinstance(node, (ast.For, ast.comprehension)) and _binds(node.target, name):
            it = node.iter
            if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"):
                return None
            bound = True
        elif isinstance(node, ast.NamedExpr) and _binds(node.target, name):
            return None
        elif isinstance(node, ast.withitem) and node.optional_vars is not None and _binds(node.optional_vars, name):
            return None
    return Val(CONST, "scalar") if bound else None


def _binds(target: ast.expr, name: str) -> bool:
    if isinstance(target, ast.Name):
        return target.id == name
    if isinstance(target, (ast.Tuple, ast.List)):
        return any(_binds(e, name) for e in target.elts)
    if isinstance(target, ast.Starred):
        return _binds(target.value, name)
    return False
