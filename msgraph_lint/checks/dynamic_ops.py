"""Ops whose output shape depends on tensor data."""
from __future__ import annotations

import ast

from . import on


@on(ast.Call)
def dynamic_shape_op(node: ast.Call, ctx):
    """MSG103: an op whose output shape is always data-dependent."""
    op = ctx.op(node)
    if op is None or not op.always_dynamic:
        return
    yield ctx.hit(op.entry.code or "MSG103", node, op=op.entry.display)


@on(ast.Call)
def data_dependent_op_argument(node: ast.Call, ctx):
    """MSG104: a size, shape, axis or k argument that is tensor data."""
    op = ctx.op(node)
    if op is None or op.always_dynamic:
        return
    for label, arg in op.shape_arguments():
        if ctx.is_data(arg):
            yield ctx.hit(op.entry.code or "MSG104", node, op=op.entry.display, argument=label,
                          value=ast.unparse(arg))
            return
