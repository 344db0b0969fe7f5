"""Slicing and indexing with bounds or masks that come from tensor data."""
from __future__ import annotations

import ast

from ..scopes import is_self_attr
from ..values import DATA
from ..values.lattice import FOLDED_BOOL
from . import on


def _parts(index: ast.expr):
    return index.elts if isinstance(index, ast.Tuple) else [index]


@on(ast.Subscript)
def data_dependent_slice(node: ast.Subscript, ctx):
    """MSG101: ``x[:k]`` where ``k`` is tensor data."""
    if ctx.val(node.value).kind != DATA and not _tensor_attribute(node.value, ctx):
        return
    for part in _parts(node.slice):
        if not isinstance(part, ast.Slice):
            continue
        for bound in (part.lower, part.upper, part.step):
            if bound is not None and ctx.is_data(bound):
                # `queue[ptr:ptr + n] = keys`: the tensor keeps its shape, the region written does not
                effect = "the region written has a data-dependent size" if isinstance(node.ctx, ast.Store) \
                    else "the result has a data-dependent shape"
                yield ctx.hit("MSG101", node, bound=ast.unparse(bound), effect=effect)
                return


def _tensor_attribute(node: ast.expr, ctx) -> bool:
    """A Tensor or Parameter ``__init__`` kept on the Cell (``self.cos_cached = Tensor(np.cos(emb))``):
    constant values, but sliced by a tensor-data bound its result's shape is data (measured,
    blind batch 81: a rotary cache sliced at ``int(past_length)``)."""
    if not (is_self_attr(node) and ctx.owner is not None):
        return False
    attr = ctx.owner.attr(node.attr)
    return attr is not None and attr.kind in ("tensor", "param")


@on(ast.Subscript)
def boolean_mask_index(node: ast.Subscript, ctx):
    """MSG102: ``x[mask]`` read with a boolean tensor."""
    if not isinstance(node.ctx, ast.Load) or ctx.val(node.value).kind != DATA:
        return
    for part in _parts(node.slice):
        value = ctx.val(part)
        if value.kind == DATA and value.tag in ("bool", FOLDED_BOOL):  # a folded mask selects data too
            yield ctx.hit("MSG102", node, mask=ast.unparse(part))
            return
