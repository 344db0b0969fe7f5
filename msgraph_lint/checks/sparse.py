"""Sparse tensors and sparse ops that the target device cannot run."""
from __future__ import annotations

import ast

from .. import ops
from ..catalog import DEVICES
from ..names import is_mindspore, last
from . import on


def _fact(node: ast.Call, ctx):
    qualified = ctx.qualname(node.func)
    if is_mindspore(qualified):
        name = last(qualified)
        return name, ops.sparse_type(name) or ops.sparse_function(name) or (
            ops.sparse_primitive(name) if name[:1].isupper() else None)
    if isinstance(node.func, ast.Attribute):
        recv = ctx.val(node.func.value)
        if recv.tag == "sparse":
            if recv.ref == "CSRTensor" and node.func.attr == "mm" and node.args \
                    and ctx.val(node.args[0]).tag == "sparse":
                # CSRTensor.mm(CSRTensor): SparseMatrixSparseMatMul, GPU only (csr_mm_sparse in the
                # table; with a dense operand it is CSRMM, which CPU has: blind batch 105)
                return "CSRTensor.mm(CSRTensor)", ops.sparse_function("csr_mm")
            fact = ops.sparse_method(recv.ref, node.func.attr)
            return f"{recv.ref}.{node.func.attr}", fact
    return None, None


@on(ast.Call)
def sparse_unsupported_on_device(node: ast.Call, ctx):
    """MSG301: a sparse type or op with no kernel on the target device.

    Building a COOTensor or CSRTensor with keyword arguments fails on every
    device in MindSpore 2.10 (the graph sees a Keyword, not a Tensor).
    """
    qualified = ctx.qualname(node.func)
    if qualified in ("mindspore.COOTensor", "mindspore.CSRTensor") and node.keywords and not node.args:
        devices = [ctx.device] if ctx.device else list(DEVICES)
        yield ctx.hit("MSG301", node, name=f"{last(qualified)}(...) with keyword arguments",
                      devices=", ".join(devices))
        return
    name, fact = _fact(node, ctx)
    if fact is None:
        return
    missing = [d for d in DEVICES if d not in fact.devices]
    if ctx.device is not None:
        missing = [d for d in missing if d == ctx.device]
    if missing:
        yield ctx.hit("MSG301", node, name=name, devices=", ".join(missing))
