"""The lattice of values: tensor data, unknown, or a compile-time constant.

Checks flag DATA only; UNKNOWN keeps them silent (precision first). A constant
may also carry its Python value when the analysis can know it (see
``constants``): that is what lets the flow skip branches MindSpore never compiles.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Optional, Tuple

CONST, UNKNOWN, DATA = 0, 1, 2


@dataclass(frozen=True)
class Val:
    """An abstract value: its data-ness and what else is known of it."""

    kind: int = UNKNOWN
    tag: str = ""          # bool | scalar | shape | tuple | prim | cell | instance | jit_instance | sparse | np | range
    elts: Optional[Tuple["Val", ...]] = None
    ref: str = ""          # primitive qualname, or class name for instances
    init: Optional[ast.Call] = field(default=None, compare=False)
    # The Python value of a constant, as a 1-tuple, when it can be known
    # (``(False,)``, ``(None,)``); None when it cannot.
    known: Optional[tuple] = None

    def with_kind(self, kind: int) -> "Val":
        return Val(kind, self.tag, self.elts, self.ref, self.init, self.known if kind == CONST else None)


CONSTV = Val(CONST)
UNKNOWNV = Val(UNKNOWN)
DATAV = Val(DATA)

# A dict handed to the top-level graph (``batch``), and what is read out of it (``batch['mask']``):
# MindSpore folds both into constants, Tensors included, so checks do not count them as tensor
# data; what is computed from them (``~batch['mask']``) is data again, hence DATA with a tag.
# A comparison of folded items is folded too, yet as a mask it still selects a data-dependent
# number of elements (MaskedSelect's shape is never inferred from values: measured).
# A list or tuple of Tensors handed to the top-level graph (``model(inputs)``) is folded the same
# way (measured: its items are constants with values, recompiled for each new batch).
# The host copy of a folded item (`.asnumpy()` of it) is a folded NumPy array: what NumPy
# computes from it is folded too, but its elements are NumPy scalars, which `range()` refuses
# (make_range: measured), so an element read from it stays data for the checks.
FOLDED_DICT, FOLDED, FOLDED_BOOL, FOLDED_SEQ = "folded_dict", "folded", "folded_bool", "folded_seq"
# What a MindSpore op computes while compiling from folded values (`ops.sum(batch['n'])`) is
# a constant Tensor: unlike a dict item, which may be a NumPy array, it is surely a Tensor, and
# reading one of its elements is a graph op whose result is data (`n[1]`: measured dynamic).
FOLDED_NP, FOLDED_TENSOR = "folded_np", "folded_tensor"
# What graph mode's interpreter fallback computed at LAX (an item of a `dict()` call that read
# tensor data): a value the graph learns only when it runs; at STRICT the fallback itself fails.
FALLBACK = "fallback"
FOLDED_TAGS = frozenset({FOLDED_DICT, FOLDED, FOLDED_BOOL, FOLDED_SEQ, FOLDED_NP, FOLDED_TENSOR})


def is_data(val: Val) -> bool:
    """Tensor data, as checks count it: not a value MindSpore folds."""
    return val.kind == DATA and val.tag not in FOLDED_TAGS


def join(*vals: Val) -> Val:
    if not vals:
        return UNKNOWNV
    first = vals[0]
    if all(v == first for v in vals[1:]):
        return first
    kind = max(v.kind for v in vals)
    tags = {v.tag for v in vals}
    tag = tags.pop() if len(tags) == 1 else ""
    refs = {v.ref for v in vals}
    ref = refs.pop() if len(refs) == 1 else ""
    return Val(kind, tag, None, ref)


def kinds_join(vals) -> int:
    return max((v.kind for v in vals), default=CONST)

