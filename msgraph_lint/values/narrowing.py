"""Type guards: what ``isinstance`` and ``ops.is_tensor`` say about a value.

``if not ops.is_tensor(timesteps): timesteps = ms.Tensor([timesteps])`` is
the idiom that makes eager code accept Python numbers. Inside that branch
``timesteps`` is not tensor data; when it is known to be a Tensor, the
branch is dead and MindSpore never compiles it. A guard is read in both
polarities, through ``not``, and (by the flow) after an early return.

``is None`` tests narrow too: after ``if image is not None: raise ...`` the
name is None, so a later ``if image is not None:`` branch is dead.
"""
from __future__ import annotations

import ast
from typing import Callable, List, Optional, Tuple

from ..names import is_mindspore, last
from .lattice import CONST, DATA, Val

_TENSOR_CLASSES = frozenset({"Tensor", "StubTensor", "Parameter"})
_PY_TYPES = {"int": int, "float": float, "bool": bool, "str": str, "tuple": tuple, "list": list,
             "dict": dict, "set": set, "NoneType": type(None)}
# Tags of tensor data that are not Tensors (host copies, Python scalars, sequences, sparse).
_NOT_TENSOR_TAGS = frozenset({"np", "scalar", "tuple", "sparse", "dict", "range"})
_UNSURE_TAGS = frozenset({"cellout", "instance", "jit_instance", "optional"})

Qualname = Callable[[ast.AST], Optional[str]]


def _type_names(node: ast.AST, qualname: Qualname) -> Optional[List[str]]:
    """The classes an isinstance() second argument names: "Tensor", "int", ... (None: not readable)."""
    parts = node.elts if isinstance(node, ast.Tuple) else [node]
    names = []
    for part in parts:
        if isinstance(part, ast.Name) and part.id in _PY_TYPES and qualname(part) in (None, part.id):
            names.append(part.id)
            continue
        if isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id == "type" \
                and len(part.args) == 1 and isinstance(part.args[0], ast.Constant) and part.args[0].value is None:
            names.append("NoneType")
            continue
        qualified = qualname(part)
        if qualified is None:
            return None
        if is_mindspore(qualified) and last(qualified) in _TENSOR_CLASSES:
            names.append("Tensor" if last(qualified) != "Parameter" else "Parameter")
        else:
            names.append(qualified)
    return names


def is_instance(value: Val, names: List[str]) -> Optional[bool]:
    """``isinstance(value, names)``, when it can be told."""
    tensor_like = value.kind == DATA and value.tag not in _NOT_TENSOR_TAGS and value.tag not in _UNSURE_TAGS
    if value.known is not None:
        if all(n in _PY_TYPES for n in names):
            return isinstance(value.known[0], tuple(_PY_TYPES[n] for n in names))
        if "Tensor" in names or "Parameter" in names:
            return False if all(n in _PY_TYPES or n in ("Tensor", "Parameter") for n in names) else None
        return None
    if tensor_like:
        if "Tensor" in names:
            return True
        # a Tensor is no NumPy array either (syntax_strict_isinstance_ndarray_near_miss.py)
        if all(n in _PY_TYPES or n.startswith("numpy.") for n in names):
            return False
    return None


def _without_not(test: ast.expr) -> Tuple[ast.expr, bool]:
    """The test under any ``not``s, and whether it holds where the whole test does."""
    polarity = True
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, polarity = test.operand, not polarity
    return test, polarity


def guard(test: ast.expr, qualname: Qualname) -> Optional[Tuple[str, str, List[str], bool]]:
    """Read ``test`` as a type guard on a name.

    Returns (name, kind, type names, polarity): kind is "isinstance" or "is_tensor";
    polarity False for a guard under ``not``. None when ``test`` is no guard.
    """
    test, polarity = _without_not(test)
    if not isinstance(test, ast.Call) or not test.args or not isinstance(test.args[0], ast.Name):
        return None
    func = test.func
    if isinstance(func, ast.Name) and func.id == "isinstance" and len(test.args) == 2:
        if qualname(func) not in (None, "isinstance"):
            return None
        names = _type_names(test.args[1], qualname)
        return (test.args[0].id, "isinstance", names, polarity) if names else None
    qualified = qualname(func)
    if qualified and is_mindspore(qualified) and last(qualified) == "is_tensor" and len(test.args) == 1:
        return test.args[0].id, "is_tensor", ["Tensor"], polarity
    return None


def narrowed(value: Val, names: List[str], holds: bool) -> Optional[Val]:
    """The value a guarded name has where the guard ``holds`` (or not); None: unchanged.

    Only narrowing away from tensor data is applied (precision first): where a
    name is known not to be a Tensor it is a Python value, not data.
    """
    tensor_guard = "Tensor" in names or "Parameter" in names
    if tensor_guard and not holds:
        return Val(CONST)  # not a Tensor: a Python value, folded while compiling
    if holds and names and all(n in _PY_TYPES for n in names):
        scalar = all(n in ("int", "float", "bool") for n in names)
        return Val(CONST, "scalar" if scalar else "", known=value.known)
    return None


def none_guard(test: ast.expr) -> Optional[Tuple[str, bool]]:
    """Read ``test`` as ``name is None`` / ``name == None`` (polarity True) or ``name is not None``
    / ``name != None`` (False), also under ``not``; None when it is neither."""
    test, polarity = _without_not(test)
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None
            and isinstance(test.ops[0], (ast.Is, ast.IsNot, ast.Eq, ast.NotEq))):
        return None
    return test.left.id, polarity == isinstance(test.ops[0], (ast.Is, ast.Eq))
