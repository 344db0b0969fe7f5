"""Ops whose output shape depends on tensor data."""
from __future__ import annotations

import ast

from .. import ops
from ..names import is_mindspore, last
from . import fallback, on


@on(ast.Call)
def dynamic_shape_op(node: ast.Call, ctx):
    """MSG103: an op whose output shape is always data-dependent."""
    op = ctx.op(node)
    if op is not None and op.always_dynamic:
        yield ctx.hit(op.entry.code or "MSG103", node, op=op.display)
        return
    qualified = ctx.qualname(node.func)
    if is_mindspore(qualified):
        fact = ops.sparse_function(last(qualified))
        if fact is not None and fact.nnz_dynamic:
            yield ctx.hit("MSG103", node, op=last(qualified))
    elif isinstance(node.func, ast.Attribute):
        recv = ctx.val(node.func.value)
        if recv.tag == "sparse" and recv.ref in ops.SPARSE_TYPES:
            fact = ops.sparse_method(recv.ref, node.func.attr)
            if fact is not None and fact.nnz_dynamic:
                yield ctx.hit("MSG103", node, op=f"{recv.ref}.{node.func.attr}")


@on(ast.BinOp)
def sparse_arithmetic(node: ast.BinOp, ctx):
    """MSG103: adding or subtracting two sparse tensors gives a data-dependent nnz."""
    if isinstance(node.op, (ast.Add, ast.Sub)):
        left, right = ctx.val(node.left), ctx.val(node.right)
        if left.tag == right.tag == "sparse" and left.ref in ops.SPARSE_TYPES:
            yield ctx.hit("MSG103", node, op=f"{left.ref} {'+' if isinstance(node.op, ast.Add) else '-'}")


@on(ast.Call)
def data_dependent_op_argument(node: ast.Call, ctx):
    """MSG104: a size, shape, axis or k argument that is tensor data."""
    op = ctx.op(node)
    if op is None or op.always_dynamic:
        return
    for label, arg in op.shape_arguments():
        # `size=None` on a graph entry: a tensor when passed, as the analysis must assume,
        # but a size argument so declared is a Python size in real code (diffusers' output_size)
        if ctx.is_data(arg) and ctx.val(arg).tag != "optional" \
                and not (ctx.level == "STRICT" and fallback.host_made(arg, ctx)):
            # (at STRICT sizes a host copy made, `sizes = counts.tolist()`, are that copy's failure,
            # reported at it: STRICT stops there; granitemoehybrid in seed 7340)
            # rows measured as errors fail with a tensor there, but a scalar from `.item()` or
            # `int(t)` often compiles with a dynamic shape instead (lumina2's new_zeros, seed 7302 #57)
            if op.form == "method" and len(node.args) > 1 and op.entry.method_sizes_outcome == "error" \
                    and ctx.val(arg).tag != "scalar":
                # `x.reshape(x, (-1, n))`, often a typo for self.reshape(x, ...), is refused outright;
                # a scalar from `.item()` among the sizes compiles, with a dynamic shape
                effect = (f"MindSpore fails to compile it (`Tensor.{node.func.attr}` given several sizes "
                          "takes Python ints only)")
            elif op.entry.outcome == "error":
                effect = ("MindSpore needs a Python value there (with tensor data it fails to compile or the "
                          "shape goes dynamic)")
            else:
                effect = "the output shape is data-dependent"
            yield ctx.hit(op.entry.code or "MSG104", node, op=op.display, argument=label,
                          value=ast.unparse(arg), effect=effect)
            return
