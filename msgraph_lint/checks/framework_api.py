"""MindSpore's own APIs that graph code may not call or build.

The facts live in ``rules/tables/graph_forbidden.toml``: whole modules
(initializers, context, log), Cell and Tensor methods MindSpore marks as
forbidden in graph mode, and framework classes whose instances cannot be
created there. Each fails to compile at both syntax levels, blamed at the
call itself (inside a helper too, not at the helper's call).
"""
from __future__ import annotations

import ast
from functools import lru_cache
from typing import Dict, FrozenSet, Tuple

from .. import catalog
from . import on


@lru_cache(maxsize=1)
def _table():
    table = catalog.load_table("graph_forbidden")
    prefixes: Tuple[Tuple[str, str], ...] = tuple(
        (prefix, row["what"]) for row in table.get("module", []) for prefix in row["prefixes"])
    top_level: Dict[str, str] = {f"mindspore.{name}": row["what"]
                                 for row in table.get("module", []) for name in row.get("functions", [])}
    cell_methods: FrozenSet[str] = frozenset(m for row in table.get("cell_method", []) for m in row["methods"])
    tensor_methods: FrozenSet[str] = frozenset(m for row in table.get("tensor_method", []) for m in row["methods"])
    created: FrozenSet[str] = frozenset(c for row in table.get("create", []) for c in row["classes"])
    return prefixes, top_level, cell_methods, tensor_methods, created


def _forbidden_module(qualified: str):
    prefixes, top_level, *_ = _table()
    if qualified in top_level:
        return top_level[qualified]
    for prefix, what in prefixes:
        if qualified.startswith(prefix):
            return what
    return None


def _is_cell_receiver(receiver: ast.expr, method: str, ctx) -> bool:
    """Is ``receiver`` the Cell being compiled or one of its sub-cells, with MindSpore's own ``method``?"""
    owner = ctx.owner
    if owner is None or owner.kind != "cell":
        return False
    if isinstance(receiver, ast.Name) and receiver.id == "self" and "self" not in ctx.env:
        return ctx.index.method(owner, method) is None  # the user's own method of that name is fine
    if isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name) and receiver.value.id == "self":
        attr = owner.attr(receiver.attr)
        if attr is None or attr.kind != "cell":
            return False
        if attr.qualname.startswith("mindspore."):
            return True  # a MindSpore cell (nn.Dense)
        info = ctx.index.classes.get(attr.cls)
        return info is not None and info.kind == "cell" and ctx.index.method(info, method) is None
    return False


def _is_parameter_or_tensor(receiver: ast.expr, ctx) -> bool:
    if isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name) and receiver.value.id == "self" \
            and ctx.owner is not None:
        attr = ctx.owner.attr(receiver.attr)
        if attr is not None and attr.kind in ("param", "tensor"):
            return True
    return ctx.is_data(receiver) and ctx.val(receiver).tag not in ("instance", "jit_instance", "np")


@on(ast.Call)
def forbidden_api_in_graph(node: ast.Call, ctx):
    """MSG520: a framework function or method that MindSpore forbids in graph code."""
    func = node.func
    qualified = ctx.qualname(func)
    if qualified:
        what = _forbidden_module(qualified)
        if what is not None:
            yield ctx.hit("MSG520", node, api=ast.unparse(func), what=what)
        return
    if not isinstance(func, ast.Attribute):
        return
    _, _, cell_methods, tensor_methods, _ = _table()
    if func.attr in cell_methods and _is_cell_receiver(func.value, func.attr, ctx):
        yield ctx.hit("MSG520", node, api=ast.unparse(func), what=f"the Cell method {func.attr}()")
    elif func.attr in tensor_methods and _is_parameter_or_tensor(func.value, ctx):
        yield ctx.hit("MSG520", node, api=ast.unparse(func), what=f"the Tensor/Parameter method {func.attr}()")


@on(ast.Call)
def framework_object_created_in_graph(node: ast.Call, ctx):
    """MSG521: a Parameter, ParameterTuple or MultitypeFuncGraph built in graph code."""
    qualified = ctx.qualname(node.func)
    if qualified and qualified in _table()[4]:
        yield ctx.hit("MSG521", node, cls=qualified.rsplit(".", 1)[-1])
