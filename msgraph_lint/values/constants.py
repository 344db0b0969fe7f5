"""The Python value of a compile-time constant, where it can be known.

Graph mode evaluates Python values while it compiles: ``if not return_dict:``
with ``return_dict=False`` compiles only its body. Knowing such values lets
the flow skip the branches MindSpore never compiles. A value is known from
literals, module constants bound once, parameter defaults the caller does
not override, literal arguments, and ``self.<attr>`` that ``__init__`` sets
from one of those; ``not``, ``and``/``or``, comparisons, ``is None`` and
``isinstance`` combine them. Anything else stays unknown, and then both
branches stay live (a hazard there is real for some configuration).
"""
from __future__ import annotations

import ast
import operator
from typing import Optional

from .lattice import CONST, DATA, Val

# Literal values small enough to carry around and hash.
_LITERAL_TYPES = (bool, int, float, str, type(None))

_COMPARE = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
    ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Is: operator.is_, ast.IsNot: operator.is_not,
    ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
}

def literal(node: Optional[ast.AST]) -> Optional[tuple]:
    """``(value,)`` for a literal expression (``False``, ``-1``, ``None``, ``(1, 2)``), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, _LITERAL_TYPES):
        return (node.value,)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Not)):
        inner = literal(node.operand)
        if inner is not None:
            try:
                value = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Not: operator.not_}[
                    type(node.op)](inner[0])
            except TypeError:
                return None
            return (value,)
    if isinstance(node, (ast.Tuple, ast.List)):  # a list literal is read as a tuple (hashable)
        parts = [literal(e) for e in node.elts]
        if all(p is not None for p in parts):
            return (tuple(p[0] for p in parts),)
    return None


_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
               ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Div: operator.truediv}


def arithmetic(op: ast.operator, left: Optional[tuple], right: Optional[tuple]) -> Optional[tuple]:
    """``(value,)`` of ``left op right`` for two known Python numbers (not bools) and the four
    operations and their kin, else None (``self.steps_per_bar // 2`` with the attribute known)."""
    fn = _ARITHMETIC.get(type(op))
    if fn is None or left is None or right is None:
        return None
    a, b = left[0], right[0]
    if type(a) not in (int, float) or type(b) not in (int, float):
        return None
    try:
        return (fn(a, b),)
    except (ArithmeticError, ValueError):
        return None


def constant(value) -> Val:
    """The abstract value of a known Python value."""
    tag = "scalar" if isinstance(value, (bool, int, float)) else ("tuple" if isinstance(value, tuple) else "")
    return Val(CONST, tag, known=(value,))


def truth(value: Val) -> Optional[bool]:
    """Whether a condition on ``value`` is known to hold (True), known not to (False), or not known."""
    if value.kind == CONST and value.known is not None:
        try:
            return bool(value.known[0])
        except Exception:  # noqa: BLE001 - a value whose truth is not plain
            return None
    return None


# Tags a constant keeps only when every value it joins carries them (lattice.join), so a
# constant with one of these is a number, a shape or a sequence, not None in some path.
_NEVER_NONE_TAGS = frozenset({"scalar", "shape", "tuple", "bool", "range"})


def is_none(value: Val) -> Optional[bool]:
    """``value is None``, if it can be told."""
    if value.known is not None:
        return value.known[0] is None
    if value.kind == DATA and value.tag not in ("cellout", "optional"):
        return False  # tensor data is never None (a parameter defaulting to None may be)
    if value.kind == CONST and value.tag in _NEVER_NONE_TAGS:
        return False  # `x.shape[2]`, `len(...)`, a tuple: a Python value that is never None
    # An attribute holding a Cell may hold None in another configuration
    # (`self.proj = Block() if flag else None`): objects stay unknown.
    return None


def compare(op: ast.cmpop, left: Val, right: Val) -> Optional[bool]:
    """One comparison of two values, when the result can be known."""
    if isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
        # `x == None` is settled while compiling like `x is None`, a Tensor's too (measured)
        if _is_none_literal(right) or _is_none_literal(left):
            other = left if _is_none_literal(right) else right
            result = is_none(other)
            if result is None:
                return None
            return result if isinstance(op, (ast.Is, ast.Eq)) else not result
    if left.known is None or right.known is None:
        return None
    try:
        return bool(_COMPARE[type(op)](left.known[0], right.known[0]))
    except Exception:  # noqa: BLE001 - e.g. 1 < "a": the program's own error, not ours to judge
        return None


def _is_none_literal(value: Val) -> bool:
    return value.known is not None and value.known[0] is None


def compare_chain(node: ast.Compare, values) -> Optional[bool]:
    """A whole comparison chain (``a < b < c``), when every link can be known."""
    result = True
    for op, left, right in zip(node.ops, values, values[1:]):
        link = compare(op, left, right)
        if link is None:
            return None
        result = result and link
    return result
